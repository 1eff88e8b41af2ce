package io.pteroca.panel.order;

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

    AdminOrderController(ServerOrderRepository orders, WalletSettings wallet) {
        this.orders = orders;
        this.wallet = wallet;
    }

    @GetMapping("/admin/orders")
    @Transactional(readOnly = true)
    String orders(@RequestParam(defaultValue = "0") String page, Model model) {
        int number = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
        model.addAttribute("orders", orders.findAllByOrderByIdDesc(PageRequest.of(number, 50)));
        model.addAttribute("currency", wallet.currency());
        return "order/admin-orders";
    }
}
