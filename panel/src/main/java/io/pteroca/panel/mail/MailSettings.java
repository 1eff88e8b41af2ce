package io.pteroca.panel.mail;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/** The SMTP settings, typed. */
@Component
public class MailSettings implements SettingsContributor {

    public static final SettingDefinition HOST = SettingDefinition.of("mail.smtp.host", SettingType.TEXT, SettingGroup.EMAIL, "", 10);
    public static final SettingDefinition PORT = SettingDefinition.of("mail.smtp.port", SettingType.NUMBER, SettingGroup.EMAIL, "587", 20);
    public static final SettingDefinition SECURITY = SettingDefinition.select("mail.smtp.security", SettingGroup.EMAIL, "starttls", 30,
            List.of("none", "starttls", "tls"));
    public static final SettingDefinition USERNAME = SettingDefinition.of("mail.smtp.username", SettingType.TEXT, SettingGroup.EMAIL, "", 40);
    public static final SettingDefinition PASSWORD = SettingDefinition.of("mail.smtp.password", SettingType.SECRET, SettingGroup.EMAIL, "", 50);
    public static final SettingDefinition FROM_ADDRESS = SettingDefinition.of("mail.from.address", SettingType.EMAIL, SettingGroup.EMAIL, "", 60);
    public static final SettingDefinition FROM_NAME = SettingDefinition.of("mail.from.name", SettingType.TEXT, SettingGroup.EMAIL, "PteroCA", 70);

    private final Settings settings;

    MailSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(HOST, PORT, SECURITY, USERNAME, PASSWORD, FROM_ADDRESS, FROM_NAME);
    }

    SmtpServer smtpServer() {
        return new SmtpServer(settings.get(HOST), settings.getInt(PORT), settings.get(SECURITY), settings.get(USERNAME),
                settings.get(PASSWORD), settings.get(FROM_ADDRESS), settings.get(FROM_NAME));
    }

    /** Where and how mail is sent, as configured right now. */
    record SmtpServer(String host, int port, String security, String username, String password,
                      String fromAddress, String fromName) {

        boolean configured() {
            return !host.isBlank() && !fromAddress.isBlank();
        }
    }
}
