package dk.borgerplan.export.letter.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the information letter (PID {@value PdfInformationLetterExport#PID}). */
@ObjectClassDefinition(id = PdfInformationLetterExport.PID, name = "Informationsbrev til samarbejdskommuner",
        description = "The letter to a cooperating municipality about \"Mit liv – Min plan\", from a template the "
                + "municipality edits.")
public @interface LetterConfig {

    @AttributeDefinition(name = "Template (Danish)", description = "UTF-8 text file with ${…} placeholders, "
            + "relative to the distribution's home; the built-in template is used while the file does not exist.")
    String template() default "etc/informationsbrev.txt";

    @AttributeDefinition(name = "Template (English)", description = "The same for the English letter.")
    String template_en() default "etc/informationsbrev-en.txt";

    @AttributeDefinition(name = "Sender", description = "The sending municipality or provider, as ${afsender}.")
    String sender() default "";

    @AttributeDefinition(name = "Video for citizens and cooperating municipalities", description = "${video}")
    String video() default "https://www.randers.dk/borger/socialt/handicap/mit-liv-min-plan-den-visuelle-borgerplan/"
            + "videomateriale-mit-liv-min-plan/";

    @AttributeDefinition(name = "Video for relatives", description = "${video_paaroerende}")
    String video_relatives() default "https://www.randers.dk/borger/socialt/handicap/"
            + "mit-liv-min-plan-den-visuelle-borgerplan/videomateriale-mit-liv-min-plan/";

    @AttributeDefinition(name = "Municipality names", description = "code=name, e.g. 751=Aarhus Kommune; a code "
            + "not listed is written as its number.")
    String[] municipalities() default {"101=Københavns Kommune", "730=Randers Kommune", "751=Aarhus Kommune",
        "851=Aalborg Kommune"};
}
