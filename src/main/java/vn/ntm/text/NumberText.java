package vn.ntm.text;

import java.math.BigDecimal;
import java.text.NumberFormat;
import org.springframework.stereotype.Component;

/** Numbers for templates ({@code ${@num.format(x)}}): 20,5 and 1.044.000 in Vietnamese, 20.5 in English. */
@Component("num")
public class NumberText {

    public String format(BigDecimal number) {
        if (number == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Messages.currentLocale());
        f.setMaximumFractionDigits(6);
        return f.format(number.stripTrailingZeros());
    }
}
