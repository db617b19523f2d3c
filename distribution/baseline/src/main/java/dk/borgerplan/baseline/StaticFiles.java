package dk.borgerplan.baseline;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** Registers the resources of {@link StaticFilesContext}: every path under /static/ is a file of its folder. */
@Component(service = StaticFiles.class)
@HttpWhiteboardResource(pattern = "/*", prefix = "/")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + StaticFilesContext.NAME + ")")
public class StaticFiles {
}
