package org.stic.diagram.ui.editor;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.stic.QuantityUnit;
import org.stic.diagram.ui.Messages;
import org.stic.model.edit.Language;

/**
 * A number in the scenario: a resource's capacity or a need's demand with its unit, or an amount of money in its
 * currency (which a scenario does not change). The number is typed as the user's language writes it ("1,234.5",
 * «1 234,5»; a plain "12.5" in both) and must be zero or more, as the scenario file says.
 */
final class ScenarioValueDialog extends ScenarioDialog {

    /** English grouping: a comma between every three digits before the point. */
    private static final Pattern ENGLISH_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private final Language language;
    private final BigDecimal initial;
    /** The units to choose from, or null for money. */
    private final List<QuantityUnit> units;
    private final QuantityUnit initialUnit;
    /** The currency shown after an amount. */
    private final String currency;
    private final ScenarioWords words;
    private Text number;
    private Combo unitCombo;
    private BigDecimal value;
    private QuantityUnit unit;

    /** A quantity in one of the metamodel's units ("not assessed" too: that of an element whose unit is not). */
    static ScenarioValueDialog quantity(Shell shell, String title, String element, String modelValue,
            BigDecimal initial, QuantityUnit initialUnit) {
        return new ScenarioValueDialog(shell, title, element, modelValue, initial, QuantityUnit.VALUES, initialUnit,
                null);
    }

    static ScenarioValueDialog money(Shell shell, String title, String element, String modelValue, BigDecimal initial,
            String currency) {
        return new ScenarioValueDialog(shell, title, element, modelValue, initial, null, null, currency);
    }

    private ScenarioValueDialog(Shell shell, String title, String element, String modelValue, BigDecimal initial,
            List<QuantityUnit> units, QuantityUnit initialUnit, String currency) {
        super(shell, title, element, modelValue);
        this.language = Language.current();
        this.words = new ScenarioWords(language);
        this.initial = initial;
        this.units = units;
        this.initialUnit = initialUnit;
        this.currency = currency;
    }

    @Override
    protected void createFields(Composite grid) {
        number = new Text(grid, SWT.BORDER | SWT.RIGHT);
        number.setText(initial == null ? "" : language.number(initial));
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(number);
        if (units == null) {
            new Label(grid, SWT.NONE).setText(currency == null ? "" : currency);
        } else {
            unitCombo = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
            units.forEach(u -> unitCombo.add(words.unit(u)));
            int at = units.indexOf(initialUnit);
            unitCombo.select(Math.max(0, at));
        }
        number.addListener(SWT.Modify, e -> check());
        number.selectAll();
        number.setFocus();
    }

    @Override
    protected String problem() {
        return parse(number.getText(), language) == null
                ? Messages.get("scenario.dialog.number", language.number(new BigDecimal("12.5"))) : null;
    }

    @Override
    protected void keep() {
        value = parse(number.getText(), language);
        unit = unitCombo == null ? null : units.get(unitCombo.getSelectionIndex());
    }

    /** The number typed (zero or more), or null when it is none. */
    BigDecimal value() {
        return value;
    }

    /** The unit chosen, null for money. */
    QuantityUnit unit() {
        return unit;
    }

    /**
     * A number of zero or more as typed in a language, or null: spaces (also no-break ones) group digits; a comma is
     * the Russian decimal separator, and in English only a separator of thousands.
     */
    static BigDecimal parse(String text, Language language) {
        String s = text.strip().replaceAll("[\\s\\u00A0\\u202F]", "");
        if (s.contains(",")) {
            if (language == Language.RU && !s.contains(".")) {
                s = s.replace(',', '.');
            } else if (language == Language.EN && ENGLISH_GROUPS.matcher(s).matches()) {
                s = s.replace(",", "");
            } else {
                return null;
            }
        }
        if (!s.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(s);
    }
}
