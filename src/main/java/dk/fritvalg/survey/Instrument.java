package dk.fritvalg.survey;

/** The outcome measures used on rehabilitation courses: how many items each has and the highest answer per item. */
public enum Instrument {
    /** WHO-5 well-being index: 5 items, 0 (at no time) to 5 (all of the time). */
    WHO5(5, 5),
    /** WHODAS 2.0, 12-item version, simple scoring: 0 (none) to 4 (extreme or cannot do). */
    WHODAS12(12, 4);

    private final int items;
    private final int maxItem;

    Instrument(int items, int maxItem) {
        this.items = items;
        this.maxItem = maxItem;
    }

    public int items() {
        return items;
    }

    public int maxItem() {
        return maxItem;
    }
}
