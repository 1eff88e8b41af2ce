package io.pteroca.panel.voucher;

import static io.pteroca.panel.support.TestMoney.usd;

import io.pteroca.panel.shared.Percent;
import io.pteroca.panel.shared.Refusal;
import org.springframework.context.ApplicationContext;

/** Lets tests outside this package create and redeem vouchers on every database. */
public final class VoucherTestAccess {

    private final ApplicationContext context;

    public VoucherTestAccess(ApplicationContext context) {
        this.context = context;
    }

    public void create(String code, String amount, Integer maxUses) {
        context.getBean(Vouchers.class).create(new VoucherForm(code, Voucher.Type.BALANCE_TOP_UP, usd(amount), null, false, null, null, null, maxUses, null));
    }

    /** A server-discount voucher: {@code percent} off orders of at least {@code minimumOrder}, once per account. */
    public void createServerDiscount(String code, String percent, String minimumOrder) {
        context.getBean(Vouchers.class).create(new VoucherForm(code, Voucher.Type.SERVER_DISCOUNT, null, Percent.of(percent), false,
                null, minimumOrder == null ? null : usd(minimumOrder), null, null, null));
    }

    /** True when the redemption credited the wallet. */
    public boolean redeem(long userId, String code) {
        try {
            context.getBean(Vouchers.class).redeem(userId, code);
            return true;
        } catch (Refusal refused) {
            return false;
        }
    }
}
