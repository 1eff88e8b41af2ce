package io.pteroca.panel.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where the account sees where it is signed in and signs other browsers out; also its trusted devices. */
@Controller
@RequestMapping("/account/sessions")
class AccountSessionsController {

    private final AccountSessions sessions;
    private final TrustedDevices devices;

    AccountSessionsController(AccountSessions sessions, TrustedDevices devices) {
        this.sessions = sessions;
        this.devices = devices;
    }

    @GetMapping
    String show(@AuthenticationPrincipal AccountPrincipal principal, HttpServletRequest request, Model model) {
        model.addAttribute("sessions", sessions.list(principal, request.getSession().getId()));
        model.addAttribute("devices", devices.list(principal.id()));
        return "account/sessions";
    }

    @PostMapping("/{handle}/end")
    String end(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String handle, HttpServletRequest request,
               RedirectAttributes redirect) {
        if (!sessions.end(principal, handle, request.getSession().getId(), request.getRemoteAddr())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("success", "sessions.ended");
        return "redirect:/account/sessions";
    }

    @PostMapping("/end-others")
    String endOthers(@AuthenticationPrincipal AccountPrincipal principal, HttpServletRequest request,
                     RedirectAttributes redirect) {
        sessions.endOthers(principal, request.getSession().getId(), request.getRemoteAddr());
        redirect.addFlashAttribute("success", "sessions.endedOthers");
        return "redirect:/account/sessions";
    }

    @PostMapping("/devices/{id}/revoke")
    String revokeDevice(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long id, RedirectAttributes redirect) {
        if (!devices.revoke(principal.id(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("success", "sessions.deviceRevoked");
        return "redirect:/account/sessions";
    }
}
