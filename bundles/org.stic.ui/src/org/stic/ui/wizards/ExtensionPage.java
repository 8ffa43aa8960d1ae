package org.stic.ui.wizards;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.stic.extensions.MetamodelChecks;
import org.stic.model.edit.Vocabulary;
import org.stic.ui.Messages;
import org.stic.ui.metamodel.MetamodelTemplate;

/**
 * The second page of New STIC Extension: the package's name and nsURI, and the first class with the STIC class it
 * specialises. The page is complete when the metamodel it describes passes the checks the project applies to
 * extensions ({@link MetamodelChecks}): the same sentences the metamodel editor shows.
 */
public final class ExtensionPage extends WizardPage {

    private final List<EClass> superTypes = MetamodelTemplate.superTypes();
    private Text packageName;
    private Text nsUri;
    private Text className;
    private Combo superType;
    /** Whether the user typed an nsURI of their own (else it follows the package name). */
    private boolean nsUriTyped;

    private final Supplier<List<EPackage>> others;

    /** {@code others}: the other extensions of the project the new file goes into (their names and nsURIs are taken). */
    ExtensionPage(Supplier<List<EPackage>> others) {
        super("extension");
        this.others = others;
        setTitle(Messages.get("wizard.newExtension.page"));
        setDescription(Messages.get("wizard.newExtension.pageDescription"));
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(GridLayoutFactory.swtDefaults().numColumns(2).create());
        packageName = field(c, "wizard.newExtension.package", "methodology");
        nsUri = field(c, "wizard.newExtension.nsUri", "");
        className = field(c, "wizard.newExtension.class", "Technopark");
        new Label(c, SWT.NONE).setText(Messages.get("wizard.newExtension.superType"));
        superType = new Combo(c, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(superType);
        Vocabulary vocabulary = Vocabulary.current();
        for (EClass s : superTypes) {
            superType.add(s.getName() + " (" + vocabulary.type(s) + ")");
        }
        superType.select(Math.max(0, superTypes.indexOf(MetamodelTemplate.DEFAULT_SUPER_TYPE)));
        nsUri.addListener(SWT.Modify, e -> {
            nsUriTyped = nsUri.isFocusControl();
            validate();
        });
        packageName.addListener(SWT.Modify, e -> {
            if (!nsUriTyped) {
                nsUri.setText(MetamodelTemplate.of(packageName.getText(), "", className.getText(), selectedSuperType())
                        .proposedNsUri());
            }
            validate();
        });
        className.addListener(SWT.Modify, e -> validate());
        superType.addListener(SWT.Selection, e -> validate());
        nsUri.setText(MetamodelTemplate.of(packageName.getText(), "", "", selectedSuperType()).proposedNsUri());
        setControl(c);
        validate();
    }

    private static Text field(Composite c, String labelKey, String initial) {
        new Label(c, SWT.NONE).setText(Messages.get(labelKey));
        Text text = new Text(c, SWT.BORDER);
        text.setText(initial);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private EClass selectedSuperType() {
        return superType == null || superType.getSelectionIndex() < 0 ? MetamodelTemplate.DEFAULT_SUPER_TYPE
                : superTypes.get(superType.getSelectionIndex());
    }

    /** The extension as the page describes it. */
    MetamodelTemplate template() {
        return MetamodelTemplate.of(packageName.getText().strip(), nsUri.getText().strip(), className.getText().strip(),
                selectedSuperType());
    }

    /** The first problem of the described metamodel, else none: the page may finish. */
    private void validate() {
        EPackage p = template().build();
        String problem = MetamodelChecks.of(p, others.get()).stream().map(MetamodelChecks.Problem::message).findFirst()
                .orElse(null);
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** Fills the page as the user would type (for tests). */
    public void fill(String name, String uri, String firstClass, EClass specialises) {
        packageName.setText(name);
        nsUri.setText(uri);
        nsUriTyped = true;
        className.setText(firstClass);
        superType.select(superTypes.indexOf(specialises));
        validate();
    }
}
