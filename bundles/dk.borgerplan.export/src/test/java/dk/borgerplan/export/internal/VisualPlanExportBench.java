package dk.borgerplan.export.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

import dk.borgerplan.export.ExportOptions;
import dk.borgerplan.export.PaperSize;
import dk.borgerplan.export.VisualPlanExport;
import dk.borgerplan.plan.Citizen;
import dk.borgerplan.plan.Plan;
import dk.borgerplan.plan.PlanLook;

/**
 * Times the full plan as PDF and PNG, per paper size, after a warm-up: median and 90th percentile in milliseconds.
 * Not a test (no JUnit): run it as the bundle README says. Arguments: [runs] [folder to write one of each into].
 */
public final class VisualPlanExportBench {

    private VisualPlanExportBench() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int warmUp = Math.max(20, runs / 2);
        VisualPlanExport export = new VisualPlanExporter(PlanFixtures.THEMES, PlanFixtures.SCALES,
                new PlanFixtures.TestIcons(true));
        Citizen citizen = PlanFixtures.citizen();
        Plan plan = PlanFixtures.fullPlan();
        for (PaperSize paper : PaperSize.values()) {
            ExportOptions options = PlanFixtures.options(paper, PlanLook.COLOURFUL);
            report("PDF " + paper, runs, warmUp, () -> export.pdf(citizen, plan, options));
            report("PNG " + paper, runs, warmUp, () -> export.png(citizen, plan, options));
        }
        if (args.length > 1) {
            Path folder = Files.createDirectories(Path.of(args[1]));
            for (PaperSize paper : PaperSize.values()) {
                for (PlanLook look : PlanLook.values()) {
                    ExportOptions options = PlanFixtures.options(paper, look);
                    String name = "plan-" + paper + "-" + look;
                    Files.write(folder.resolve(name + ".pdf"), export.pdf(citizen, plan, options));
                    Files.write(folder.resolve(name + ".png"), export.png(citizen, plan, options));
                }
            }
            Files.write(folder.resolve("plan-overfull.png"), export.png(citizen, PlanFixtures.overfullPlan(),
                    PlanFixtures.options(PaperSize.A4, PlanLook.COLOURFUL)));
            System.out.println("Written to " + folder.toAbsolutePath());
        }
    }

    private static void report(String what, int runs, int warmUp, Supplier<byte[]> render) {
        int size = 0;
        for (int i = 0; i < warmUp; i++) {
            size = render.get().length;
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            render.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-7s median %6.1f ms   p90 %6.1f ms   (%d runs after %d warm-up, %d kB)%n", what,
                millis[runs / 2], millis[(int) Math.ceil(runs * 0.9) - 1], runs, warmUp, size / 1024);
    }
}
