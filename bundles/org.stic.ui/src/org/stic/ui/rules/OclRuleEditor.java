package org.stic.ui.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.ForwardingDocumentProvider;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.stic.extensions.ProjectSettings;
import org.stic.extensions.SticProject;
import org.stic.model.io.TextFiles;
import org.stic.ui.Messages;
import org.stic.ui.project.SticProjects;

/**
 * The editor of Complete OCL rule files ({@code .ocl}): colours keywords, comments, the {@code -- @rule} metadata
 * comment and strings, and while the user types shows what {@link RuleFileCheck} finds as error and warning
 * annotations at their line and column (the Problems markers of the saved file still come from the project).
 */
public class OclRuleEditor extends TextEditor implements UnsavedText {

    public static final String ID = "org.stic.ui.rules.editor";
    static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
    static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";

    private final List<Annotation> shown = new ArrayList<>();
    private volatile int checks;
    /** The text the findings shown belong to. */
    private volatile String checked;

    public OclRuleEditor() {
        setDocumentProvider(new ForwardingDocumentProvider(OclPartitions.PARTITIONING, OclPartitions::connect,
                new TextFileDocumentProvider()));
        setSourceViewerConfiguration(new TextSourceViewerConfiguration() {
            @Override
            public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
                return OclPartitions.PARTITIONING;
            }

            @Override
            public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
                return OclPartitions.CONTENT_TYPES.clone();
            }

            @Override
            public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
                PresentationReconciler r = new PresentationReconciler();
                r.setDocumentPartitioning(OclPartitions.PARTITIONING);
                repairWith(r, IDocument.DEFAULT_CONTENT_TYPE, OclRuleScanner.code());
                repairWith(r, OclPartitions.LINE_COMMENT, OclRuleScanner.lineComment());
                repairWith(r, OclPartitions.BLOCK_COMMENT, OclRuleScanner.plain(OclRuleScanner.COMMENT));
                repairWith(r, OclPartitions.STRING, OclRuleScanner.plain(OclRuleScanner.STRING));
                return r;
            }

            @Override
            public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
                ContentAssistant assistant = new ContentAssistant();
                assistant.setDocumentPartitioning(OclPartitions.PARTITIONING);
                OclContentAssist processor = new OclContentAssist(OclRuleEditor.this::packages);
                assistant.setContentAssistProcessor(processor, IDocument.DEFAULT_CONTENT_TYPE);
                // the -- @rule comment's keys and values
                assistant.setContentAssistProcessor(processor, OclPartitions.LINE_COMMENT);
                assistant.enableAutoActivation(true);
                assistant.setAutoActivationDelay(300);
                assistant.setEmptyMessage(Messages.get("ruleEditor.assist.none"));
                assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
                return assistant;
            }

            @Override
            public IReconciler getReconciler(ISourceViewer sourceViewer) {
                MonoReconciler r = new MonoReconciler(new Checking(), false);
                r.setDelay(300);
                return r;
            }
        });
    }

    private static void repairWith(PresentationReconciler reconciler, String contentType, ITokenScanner scanner) {
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner);
        reconciler.setDamager(dr, contentType);
        reconciler.setRepairer(dr, contentType);
    }

    /**
     * The packages the rules of this file are read with: STIC and the project's extensions, an extension open in an
     * editor with unsaved changes as that editor holds it (a class just added is proposed and known); on the UI
     * thread.
     */
    EPackage.Registry packages() {
        return packages(location(), unsavedExtensions());
    }

    /** The texts of the extension files open in editors with unsaved changes, by file; on the UI thread. */
    private Map<Path, String> unsavedExtensions() {
        Map<Path, String> texts = new HashMap<>();
        if (getSite() != null && getSite().getPage() != null) {
            TryItAtOnce.unsavedTexts(getSite().getPage()).forEach((file, text) -> {
                if (file.getFileName().toString().endsWith(".ecore")) {
                    texts.put(file, text);
                }
            });
        }
        return texts;
    }

    @Override
    public Path projectFile() {
        return location();
    }

    @Override
    public String unsavedText() {
        return getDocumentProvider().getDocument(getEditorInput()).get();
    }

    /** The annotations this editor shows now (for tests): their text by 1-based line. */
    public Map<Integer, List<String>> findings() {
        Map<Integer, List<String>> byLine = new HashMap<>();
        IAnnotationModel model = getDocumentProvider().getAnnotationModel(getEditorInput());
        IDocument document = getDocumentProvider().getDocument(getEditorInput());
        synchronized (shown) {
            for (Annotation a : shown) {
                Position p = model == null ? null : model.getPosition(a);
                if (p != null) {
                    try {
                        byLine.computeIfAbsent(document.getLineOfOffset(p.getOffset()) + 1, k -> new ArrayList<>())
                                .add(a.getText());
                    } catch (BadLocationException e) {
                        // the text changed under it: the next check replaces it
                    }
                }
            }
        }
        return byLine;
    }

    /** How many times the findings have been shown since the editor opened (for tests). */
    public int checks() {
        return checks;
    }

    /**
     * Whether the findings shown are those of the document's text now (for tests: a check of an earlier text may
     * still arrive after the next keystroke).
     */
    public boolean checkedAsIs() {
        IDocument document = getDocumentProvider() == null ? null
                : getDocumentProvider().getDocument(getEditorInput());
        return document != null && document.get().equals(checked);
    }

    /** The text widget (for tests: its colours). */
    public StyledText textWidget() {
        return getSourceViewer() == null ? null : getSourceViewer().getTextWidget();
    }

    /** The file's path in the file system, or null (not a workspace file); on the UI thread. */
    private Path location() {
        if (getEditorInput() instanceof IFileEditorInput in && in.getFile().getLocation() != null) {
            IFile file = in.getFile();
            return Path.of(file.getLocation().toOSString());
        }
        return null;
    }

    /** The packages the file's rules may use: STIC and its project's extensions, some of them unsaved. */
    private static EPackage.Registry packages(Path location, Map<Path, String> unsavedExtensions) {
        if (location == null) {
            return SticProject.of(ProjectSettings.none()).packageRegistry();
        }
        SticProject project = SticProjects.forModel(location);
        if (unsavedExtensions.isEmpty()) {
            return project.packageRegistry();
        }
        // the extensions alone: the packages need none of the rule files read
        ProjectSettings s = project.settings();
        return SticProject.of(new ProjectSettings(s.file(), s.extensions(), List.of(), List.of()), unsavedExtensions)
                .packageRegistry();
    }

    /**
     * The texts of the project's other rule files as saved, by their path in the project (off the UI thread). The
     * project loads only one rule of an id; an id used in two files is found in each.
     */
    private static Map<String, String> otherRuleFiles(Path location) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (location == null) {
            return texts;
        }
        ProjectSettings settings = SticProjects.forModel(location).settings();
        Path self = location.toAbsolutePath().normalize();
        for (Path file : settings.rules()) {
            Path absolute = file.toAbsolutePath().normalize();
            if (!absolute.equals(self)) {
                try {
                    String name = settings.file().getParent().relativize(absolute).toString().replace('\\', '/');
                    texts.put(name, TextFiles.readUtf8(absolute, TextFiles.DOCUMENT_LIMIT, name));
                } catch (IOException e) {
                    // the project reports an unreadable rule file on that file
                }
            }
        }
        return texts;
    }

    private String sourceName() {
        return getEditorInput() == null ? "rules.ocl" : getEditorInput().getName();
    }

    /** Checks the whole document after each pause in typing, in the reconciler's thread. */
    private final class Checking implements IReconcilingStrategy, IReconcilingStrategyExtension {
        private IDocument document;

        @Override
        public void setDocument(IDocument document) {
            this.document = document;
        }

        @Override
        public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
            check();
        }

        @Override
        public void reconcile(IRegion partition) {
            check();
        }

        @Override
        public void initialReconcile() {
            check();
        }

        @Override
        public void setProgressMonitor(IProgressMonitor monitor) {
            // a check takes milliseconds: nothing to cancel
        }

        private void check() {
            try {
                checkNow();
            } catch (RuntimeException | LinkageError e) {
                ILog.of(OclRuleEditor.class).error("cannot check the rule file", e);
            }
        }

        private void checkNow() {
            IDocument d = document;
            if (d == null) {
                return;
            }
            String text = d.get();
            String[] source = new String[1];
            Path[] location = new Path[1];
            boolean[] open = new boolean[1];
            List<Map<Path, String>> unsaved = new ArrayList<>(List.of(Map.of()));
            Display.getDefault().syncExec(() -> {
                open[0] = getEditorInput() != null;
                source[0] = sourceName();
                location[0] = open[0] ? location() : null;
                if (open[0]) {
                    unsaved.set(0, unsavedExtensions());
                }
            });
            if (!open[0]) {
                return;
            }
            List<RuleFileCheck.Finding> findings = RuleFileCheck.check(packages(location[0], unsaved.get(0)), source[0], text,
                    otherRuleFiles(location[0]));
            Map<Annotation, Position> added = new HashMap<>();
            for (RuleFileCheck.Finding f : findings) {
                try {
                    int line = Math.min(f.line(), d.getNumberOfLines()) - 1;
                    IRegion l = d.getLineInformation(line);
                    int offset = l.getOffset() + Math.min(f.column() - 1, l.getLength());
                    int length = Math.max(1, Math.min(f.length(), l.getOffset() + l.getLength() - offset));
                    added.put(new Annotation(f.error() ? ERROR : WARNING, false, f.message()),
                            new Position(offset, length));
                } catch (BadLocationException e) {
                    // the document changed since it was read: the next check places it
                }
            }
            Display.getDefault().asyncExec(() -> show(added, text));
        }
    }

    private void show(Map<Annotation, Position> added, String text) {
        if (getDocumentProvider() == null) {
            return;
        }
        IAnnotationModel model = getDocumentProvider().getAnnotationModel(getEditorInput());
        if (model == null) {
            return;
        }
        synchronized (shown) {
            if (model instanceof IAnnotationModelExtension e) {
                e.replaceAnnotations(shown.toArray(Annotation[]::new), added);
            } else {
                shown.forEach(model::removeAnnotation);
                added.forEach(model::addAnnotation);
            }
            shown.clear();
            shown.addAll(added.keySet());
        }
        checked = text;
        checks++;
    }
}
