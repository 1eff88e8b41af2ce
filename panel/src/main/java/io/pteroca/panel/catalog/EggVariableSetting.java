package io.pteroca.panel.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a product presents one egg variable: its value, whether the customer sees or edits it, and whether it
 * receives the slot count. {@code rules} are the egg's Laravel validation rules, kept for checking customer input.
 */
@Embeddable
class EggVariableSetting {

    @Column(name = "env_variable")
    private String envVariable;
    private String name;
    @Column(name = "variable_value")
    private String value;
    private String rules;
    @Column(name = "user_viewable")
    private boolean userViewable;
    @Column(name = "user_editable")
    private boolean userEditable;
    @Column(name = "slot_variable")
    private boolean slotVariable;

    protected EggVariableSetting() {
    }

    EggVariableSetting(ProductDefinition.Variable variable) {
        this.envVariable = variable.envVariable();
        this.name = variable.name();
        this.value = variable.value();
        this.rules = variable.rules();
        this.userViewable = variable.userViewable();
        this.userEditable = variable.userEditable();
        this.slotVariable = variable.slotVariable();
    }

    ProductDefinition.Variable definition() {
        return new ProductDefinition.Variable(envVariable, name, value, rules, userViewable, userEditable, slotVariable);
    }
}
