package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.PterodactylNotFound;
import io.pteroca.panel.pterodactyl.ScheduleInfo;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The schedules tab: the list with a form for a new one, and a page per schedule with its tasks. Input we refuse
 * answers 400 with the form as typed; everything else redirects back with a message.
 */
@Controller
class ScheduleController {

    private final Servers servers;
    private final Schedules schedules;
    private final CronText cronText;
    private final TabActions tabs;

    ScheduleController(Servers servers, Schedules schedules, CronText cronText, TabActions tabs) {
        this.servers = servers;
        this.schedules = schedules;
        this.cronText = cronText;
        this.tabs = tabs;
    }

    /** A schedule as the list shows it: the cron line and its description. */
    record ScheduleRow(ScheduleInfo schedule, String cron, String description) {
    }

    @GetMapping("/servers/{id}/schedules")
    String list(@PathVariable long id, Authentication user, Model model, Locale locale) {
        return listPage(tabs.open(user, id, model), user, model, locale, ScheduleForm.fresh());
    }

    @PostMapping("/servers/{id}/schedules")
    String create(@PathVariable long id, ScheduleForm form, Authentication user, Model model, Locale locale,
                  RedirectAttributes redirect, HttpServletResponse response) {
        ServerView server = tabs.open(user, id, model);
        return checked(model, response, () -> listPage(server, user, model, locale, form), () ->
                tabs.perform(server, tab(server), redirect, () -> {
                    schedules.create(server, CurrentUser.id(user), form);
                    return "schedule.created";
                }));
    }

    /** The description of cron fields as typed, for the form's preview (text, or 400 with the reason). */
    @GetMapping(value = "/servers/{id}/schedules/preview", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> preview(@PathVariable long id, ScheduleForm form, Authentication user, Locale locale) {
        servers.forPage(user, id);
        try {
            return ResponseEntity.ok(cronText.describe(form.cron(), locale));
        } catch (Refusal invalid) {
            return ResponseEntity.badRequest().body(cronText.message(invalid.messageKey(), locale));
        }
    }

    @GetMapping("/servers/{id}/schedules/{schedule}")
    String show(@PathVariable long id, @PathVariable int schedule, Authentication user, Model model, Locale locale) {
        return schedulePage(tabs.open(user, id, model), schedule, user, model, locale, null, null);
    }

    @PostMapping("/servers/{id}/schedules/{schedule}")
    String update(@PathVariable long id, @PathVariable int schedule, ScheduleForm form, Authentication user, Model model,
                  Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        ServerView server = tabs.open(user, id, model);
        return checked(model, response, () -> schedulePage(server, schedule, user, model, locale, form, null), () ->
                tabs.perform(server, tab(server) + "/" + schedule, redirect, () -> {
                    schedules.update(server, CurrentUser.id(user), schedule, form);
                    return "schedule.saved";
                }));
    }

    @PostMapping("/servers/{id}/schedules/{schedule}/{action:execute|delete}")
    String change(@PathVariable long id, @PathVariable int schedule, @PathVariable String action, Authentication user,
                  RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        long accountId = CurrentUser.id(user);
        if ("delete".equals(action)) {
            return tabs.perform(server, tab(server), redirect, () -> {
                schedules.delete(server, accountId, schedule);
                return "schedule.deleted";
            });
        }
        return tabs.perform(server, tab(server) + "/" + schedule, redirect, () -> {
            schedules.execute(server, accountId, schedule);
            return "schedule.executed";
        });
    }

    @PostMapping("/servers/{id}/schedules/{schedule}/tasks")
    String addTask(@PathVariable long id, @PathVariable int schedule, TaskForm form, Authentication user, Model model,
                   Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        ServerView server = tabs.open(user, id, model);
        return checked(model, response, () -> schedulePage(server, schedule, user, model, locale, null, form), () ->
                tabs.perform(server, tab(server) + "/" + schedule, redirect, () -> {
                    schedules.addTask(server, CurrentUser.id(user), schedule, form);
                    return "schedule.task.added";
                }));
    }

    @PostMapping("/servers/{id}/schedules/{schedule}/tasks/{task}")
    String updateTask(@PathVariable long id, @PathVariable int schedule, @PathVariable int task, TaskForm form,
                      Authentication user, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        ServerView server = tabs.open(user, id, model);
        return checked(model, response, () -> schedulePage(server, schedule, user, model, locale, null, null), () ->
                tabs.perform(server, tab(server) + "/" + schedule, redirect, () -> {
                    schedules.updateTask(server, CurrentUser.id(user), schedule, task, form);
                    return "schedule.task.saved";
                }));
    }

    @PostMapping("/servers/{id}/schedules/{schedule}/tasks/{task}/delete")
    String deleteTask(@PathVariable long id, @PathVariable int schedule, @PathVariable int task, Authentication user,
                      RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        return tabs.perform(server, tab(server) + "/" + schedule, redirect, () -> {
            schedules.deleteTask(server, CurrentUser.id(user), schedule, task);
            return "schedule.task.deleted";
        });
    }

    /** Runs the action; input we refuse shows the page again, as typed, with 400 and the reason. */
    private static String checked(Model model, HttpServletResponse response, Supplier<String> page, Supplier<String> action) {
        try {
            return action.get();
        } catch (Refusal invalid) {
            if (invalid.field() == null) {
                throw invalid;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalid", invalid.messageKey());
            return page.get();
        }
    }

    private String listPage(ServerView server, Authentication user, Model model, Locale locale, ScheduleForm form) {
        model.addAttribute("form", form);
        model.addAttribute("schedules", tabs.load(server, model, () -> schedules.list(server, CurrentUser.id(user)).stream()
                .map(s -> row(s, locale)).toList(), null));
        return "manage/schedules";
    }

    private String schedulePage(ServerView server, int scheduleId, Authentication user, Model model, Locale locale,
                                ScheduleForm typed, TaskForm typedTask) {
        ScheduleInfo schedule = tabs.load(server, model, () -> {
            try {
                return schedules.get(server, CurrentUser.id(user), scheduleId);
            } catch (PterodactylNotFound gone) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }, null);
        model.addAttribute("row", schedule == null ? null : row(schedule, locale));
        model.addAttribute("form", typed != null ? typed : schedule == null ? ScheduleForm.fresh() : ScheduleForm.of(schedule));
        model.addAttribute("newTask", typedTask != null ? typedTask : new TaskForm("command", "", "0", false));
        model.addAttribute("actions", TaskForm.ACTIONS);
        model.addAttribute("signals", TaskForm.SIGNALS);
        return "manage/schedule";
    }

    private ScheduleRow row(ScheduleInfo schedule, Locale locale) {
        ScheduleForm form = ScheduleForm.of(schedule);
        try {
            CronFields cron = form.cron();
            return new ScheduleRow(schedule, cron.toString(), cronText.describe(cron, locale));
        } catch (Refusal unusual) {
            // Set elsewhere with syntax we do not describe (names, L, W): shown as it is.
            return new ScheduleRow(schedule, schedule.cron().line(), "");
        }
    }

    private static String tab(ServerView server) {
        return "/servers/" + server.id() + "/schedules";
    }
}
