package io.pteroca.panel.setting;

/** How a setting is edited, validated and stored. */
public enum SettingType {
    TEXT, TEXTAREA, HTML, SECRET, BOOLEAN, NUMBER, URL, EMAIL, COLOR, SELECT,
    /** Record ids separated by commas or spaces, stored as {@code 3,7,12}. */
    ID_LIST,
    /** A bank account number, its check digits verified, stored without spaces. */
    IBAN,
    /** A time zone name Java knows ({@code Europe/Warsaw}, {@code UTC}), stored as Java spells it. */
    TIME_ZONE
}
