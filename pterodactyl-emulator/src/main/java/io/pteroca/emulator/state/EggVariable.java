package io.pteroca.emulator.state;

import java.time.Instant;

public class EggVariable {
    public long id;
    public long eggId;
    public String name;
    public String description;
    public String envVariable;
    public String defaultValue;
    public boolean userViewable;
    public boolean userEditable;
    public String rules;
    /** Pelican's display order of the variable. */
    public int sort;
    public Instant createdAt;
    public Instant updatedAt;
}
