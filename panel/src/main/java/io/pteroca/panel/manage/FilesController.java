package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.server.PterodactylAnswers;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Files tab of a server: browse, edit, create, move, copy, delete, change modes, archives, pulls, uploads and
 * downloads. Paths are checked here, before the service checks the permission and anything reaches Pterodactyl.
 */
@Controller
class FilesController {

    private final Servers servers;
    private final FileManager files;
    private final TabActions tabs;
    private final PterodactylAnswers answers;
    private final MessageSource messages;

    FilesController(Servers servers, FileManager files, TabActions tabs, PterodactylAnswers answers, MessageSource messages) {
        this.servers = servers;
        this.files = files;
        this.tabs = tabs;
        this.answers = answers;
        this.messages = messages;
    }

    private static String folderUrl(long id, ServerPath directory) {
        return "/servers/" + id + "/files" + (directory.isRoot() ? "" : "?path=" + encoded(directory.relative()));
    }

    private static String editorUrl(long id, ServerPath file) {
        return "/servers/" + id + "/files/edit?path=" + encoded(file.relative());
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @GetMapping("/servers/{id}/files")
    String list(@PathVariable long id, @RequestParam(defaultValue = "") String path, @RequestParam(defaultValue = "name") String sort,
                @RequestParam(defaultValue = "false") boolean desc, @RequestParam(defaultValue = "false") boolean hidden,
                Authentication user, Model model) {
        ServerView server = tabs.open(user, id, model);
        ServerPath directory = ServerPath.of(path);
        model.addAttribute("folder", tabs.load(server, model,
                () -> FolderView.of(directory, files.list(server, CurrentUser.id(user), directory), sort, desc, hidden), null));
        model.addAttribute("path", directory.relative());
        model.addAttribute("sorts", FolderView.SORTS);
        return "manage/files";
    }

    @GetMapping("/servers/{id}/files/edit")
    String edit(@PathVariable long id, @RequestParam String path, Authentication user, Model model) {
        ServerView server = tabs.open(user, id, model);
        ServerPath file = ServerPath.of(path);
        FileManager.Opened opened = tabs.load(server, model, () -> files.open(server, CurrentUser.id(user), file), null);
        return editor(model, file, opened == null ? null : opened.text(), opened == null ? null : opened.fingerprint(),
                opened == null ? null : opened.problem());
    }

    private static String editor(Model model, ServerPath file, String text, String fingerprint, String problem) {
        model.addAttribute("file", file.relative());
        model.addAttribute("fileName", file.fileName());
        model.addAttribute("folder", file.parent().relative());
        model.addAttribute("text", text);
        model.addAttribute("fingerprint", fingerprint);
        model.addAttribute("problem", problem);
        model.addAttribute("editLimitKb", String.valueOf(FileManager.EDIT_LIMIT / 1024));
        return "manage/file-edit";
    }

    @PostMapping("/servers/{id}/files/save")
    String save(@PathVariable long id, @RequestParam String path, @RequestParam(defaultValue = "") String content,
                @RequestParam(defaultValue = "") String fingerprint, @RequestParam(defaultValue = "false") boolean overwrite,
                Authentication user, Model model, RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        ServerPath file = ServerPath.of(path);
        return tabs.attempt(server, editorUrl(id, file), redirect, () -> {
            try {
                files.save(server, CurrentUser.id(user), file, content, fingerprint, overwrite);
            } catch (Refusal refused) {
                if (!"files.changedOnDisk".equals(refused.messageKey())) {
                    throw refused;
                }
                // The visitor's text stays on the page, with the warning and the choice to overwrite.
                tabs.open(user, id, model);
                model.addAttribute("changedOnDisk", true);
                return editor(model, file, content, fingerprint, null);
            }
            redirect.addFlashAttribute("success", "files.saved");
            return "redirect:" + editorUrl(id, file);
        });
    }

    @PostMapping("/servers/{id}/files/new-file")
    String newFile(@PathVariable long id, @RequestParam(defaultValue = "") String path, @RequestParam(defaultValue = "") String name,
                   Authentication user, RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        ServerPath directory = ServerPath.of(path);
        ServerPath file = directory.child(name);
        return tabs.attempt(server, folderUrl(id, directory), redirect, () -> {
            files.createFile(server, CurrentUser.id(user), directory, file.fileName());
            redirect.addFlashAttribute("success", "files.created");
            return "redirect:" + editorUrl(id, file);
        });
    }

    @PostMapping("/servers/{id}/files/{action:new-folder|move|chmod|decompress|pull|delete|compress}")
    String change(@PathVariable long id, @PathVariable String action, @RequestParam(defaultValue = "") String path,
                  @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String target,
                  @RequestParam(defaultValue = "") String mode, @RequestParam(defaultValue = "") String url,
                  @RequestParam(name = "names", required = false) List<String> names, Authentication user,
                  RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        ServerPath directory = ServerPath.of(path);
        long accountId = CurrentUser.id(user);
        if (List.of("new-folder", "move", "chmod", "decompress").contains(action)) {
            ServerPath.name(name);
        }
        ServerPath movedTo = action.equals("move") ? ServerPath.of(target) : null;
        List<String> chosen = names == null ? List.of() : names.stream().map(ServerPath::name).toList();
        return tabs.perform(server, folderUrl(id, directory), redirect, () -> {
            switch (action) {
                case "new-folder" -> files.createFolder(server, accountId, directory, name);
                case "move" -> files.move(server, accountId, directory, name, movedTo);
                case "chmod" -> files.changeMode(server, accountId, directory, name, mode);
                case "decompress" -> files.decompress(server, accountId, directory, name);
                case "pull" -> files.pull(server, accountId, directory, url);
                case "delete" -> files.delete(server, accountId, directory, chosen);
                default -> files.compress(server, accountId, directory, chosen);
            }
            return "files.done." + action;
        });
    }

    @PostMapping("/servers/{id}/files/copy")
    String copy(@PathVariable long id, @RequestParam String path, Authentication user, RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        ServerPath file = ServerPath.of(path);
        return tabs.perform(server, folderUrl(id, file.parent()), redirect, () -> {
            files.copy(server, CurrentUser.id(user), file);
            return "files.done.copy";
        });
    }

    @GetMapping("/servers/{id}/files/download")
    String download(@PathVariable long id, @RequestParam String path, Authentication user, RedirectAttributes redirect) {
        ServerView server = servers.forPage(user, id);
        ServerPath file = ServerPath.of(path);
        return tabs.attempt(server, folderUrl(id, file.parent()), redirect,
                () -> "redirect:" + files.downloadUrl(server, CurrentUser.id(user), file));
    }

    /**
     * One file as the raw request body (the page sends each chosen file this way, with a progress bar), streamed on
     * to Wings. Answers 204, or the refusal in words as {@code {"message": …}} with its status.
     */
    @PostMapping("/servers/{id}/files/upload")
    @ResponseBody
    ResponseEntity<Map<String, String>> upload(@PathVariable long id, @RequestParam(defaultValue = "") String path,
                                               @RequestParam(defaultValue = "") String name, Authentication user,
                                               HttpServletRequest request, Locale locale) {
        ServerView server = servers.forPage(user, id);
        try {
            ServerPath directory = ServerPath.of(path);
            ServerPath.name(name);
            files.upload(server, CurrentUser.id(user), directory, name, () -> body(request), request.getContentLengthLong());
            return ResponseEntity.noContent().build();
        } catch (Refusal refused) {
            return ResponseEntity.status(refused.status())
                    .body(Map.of("message", messages.getMessage(refused.messageKey(), refused.args(), locale)));
        } catch (PterodactylFailure failed) {
            PterodactylAnswers.Answer answer = answers.explain(server, failed);
            String words = answer.messageKey() != null ? messages.getMessage(answer.messageKey(), null, locale) : answer.pterodactylReason();
            return ResponseEntity.status(502).body(Map.of("message", words));
        }
    }

    private static InputStream body(HttpServletRequest request) {
        try {
            return request.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
