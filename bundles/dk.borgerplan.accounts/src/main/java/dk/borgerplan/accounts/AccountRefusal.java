package dk.borgerplan.accounts;

import dk.borgerplan.platform.Text;

/** A request about accounts refused by a rule, naming the field and the rule; never the value sent. */
public class AccountRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;
    private final transient Text text;

    public AccountRefusal(String field, String rule, Text text) {
        super(rule, null, false, false);
        this.field = field;
        this.rule = rule;
        this.text = text;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    public Text text() {
        return text;
    }
}
