package io.pteroca.panel.setting;

/** How a setting is edited, validated and stored. */
public enum SettingType {
    TEXT, TEXTAREA, HTML, SECRET, BOOLEAN, NUMBER, URL, EMAIL, COLOR, SELECT, IBAN
}
