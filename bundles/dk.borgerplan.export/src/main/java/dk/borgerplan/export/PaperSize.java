package dk.borgerplan.export;

/** The paper a plan is drawn for, portrait (ISO 216). */
public enum PaperSize {
    A4(210, 297),
    A3(297, 420);

    private final int widthMillimetres;
    private final int heightMillimetres;

    PaperSize(int widthMillimetres, int heightMillimetres) {
        this.widthMillimetres = widthMillimetres;
        this.heightMillimetres = heightMillimetres;
    }

    public int widthMillimetres() {
        return widthMillimetres;
    }

    public int heightMillimetres() {
        return heightMillimetres;
    }
}
