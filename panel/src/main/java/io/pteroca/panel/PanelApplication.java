package io.pteroca.panel;

import io.pteroca.panel.account.AccountCommandLine;
import io.pteroca.panel.plugin.PluginCommandLine;
import io.pteroca.panel.pterodactyl.PterodactylCommandLine;
import io.pteroca.panel.server.ServerCommandLine;
import io.pteroca.panel.theme.ThemeCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PanelApplication {

    public static void main(String[] args) {
        if (AccountCommandLine.isCommand(args)) {
            System.exit(AccountCommandLine.run(PanelApplication.class, args));
        }
        if (ServerCommandLine.isCommand(args)) {
            System.exit(ServerCommandLine.run(PanelApplication.class, args));
        }
        if (PterodactylCommandLine.isCommand(args)) {
            System.exit(PterodactylCommandLine.run(PanelApplication.class, args));
        }
        if (ThemeCommandLine.isCommand(args)) {
            System.exit(ThemeCommandLine.run(PanelApplication.class, args));
        }
        if (io.pteroca.panel.api.ApiTokenCommandLine.isCommand(args)) {
            System.exit(io.pteroca.panel.api.ApiTokenCommandLine.run(PanelApplication.class, args));
        }
        if (io.pteroca.panel.dataset.DatasetCommandLine.isCommand(args)) {
            System.exit(io.pteroca.panel.dataset.DatasetCommandLine.run(PanelApplication.class, args));
        }
        if (PluginCommandLine.isCommand(args)) {
            System.exit(PluginCommandLine.run(PanelApplication.class, args));
        }
        SpringApplication.run(PanelApplication.class, args);
    }
}
