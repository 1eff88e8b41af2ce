package io.pteroca.panel.order;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.server.ServerBilling;
import io.pteroca.panel.shared.PagerCounts;
import org.springframework.data.domain.Page;
import io.pteroca.panel.wallet.WalletSettings;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every purchase and renewal, newest first, for admins. */
@Controller
class AdminOrderController {

    private final ServerOrderRepository orders;
    private final WalletSettings wallet;
    private final ServerBilling servers;
    private final Accounts accounts;
    private final PagerCounts counts;

    AdminOrderController(ServerOrderRepository orders, WalletSettings wallet, ServerBilling servers, Accounts accounts,
                         PagerCounts counts) {
        this.counts = counts;
        this.orders = orders;
        this.wallet = wallet;
        this.servers = servers;
        this.accounts = accounts;
    }

    @GetMapping("/admin/orders")
    @Transactional(readOnly = true)
    String orders(@RequestParam(defaultValue = "0") String page, Model model) {
        int number = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
        PageRequest pageable = PageRequest.of(number, 50);
        Page<ServerOrder> shown = counts.page("orders", orders.findAllByOrderByIdDesc(pageable), pageable, orders::count);
        model.addAttribute("orders", shown);
        model.addAttribute("serverNames", servers.names(shown.map(ServerOrder::serverId).toSet()));
        model.addAttribute("customers", accounts.findAll(shown.map(ServerOrder::userId).toSet()));
        model.addAttribute("currency", wallet.currency());
        return "order/admin-orders";
    }
}
