package io.pteroca.panel.wallet;

import io.pteroca.panel.shared.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer's own wallet: balance and history. */
@Controller
class WalletController {

    private static final int PAGE_SIZE = 25;

    private final Wallets wallets;

    WalletController(Wallets wallets) {
        this.wallets = wallets;
    }

    @GetMapping("/wallet")
    String wallet(Authentication authentication, @RequestParam(required = false) WalletReason reason,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        long userId = CurrentUser.id(authentication);
        model.addAttribute("balance", wallets.balance(userId));
        model.addAttribute("entries", wallets.history(userId, reason, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("reason", reason);
        model.addAttribute("reasons", WalletReason.values());
        return "wallet/wallet";
    }
}
