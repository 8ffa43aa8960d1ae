package org.stic.ui.rules;

import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.stic.ui.Messages;
import org.stic.validation.OclCompletion;

/**
 * Content assist (Ctrl+Space, and after {@code .} and {@code ->}) in the rule editor: what {@link OclCompletion}
 * offers at the caret, with the packages the project reads its rules with (STIC and its extensions).
 */
final class OclContentAssist implements IContentAssistProcessor {

    private final Supplier<EPackage.Registry> packages;

    OclContentAssist(Supplier<EPackage.Registry> packages) {
        this.packages = packages;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        OclCompletion.Result result = OclCompletion.at(packages.get(), viewer.getDocument().get(), offset);
        return result.proposals().stream().map(p -> proposal(p, result.replaceFrom(), offset))
                .toArray(ICompletionProposal[]::new);
    }

    private static ICompletionProposal proposal(OclCompletion.Proposal p, int from, int offset) {
        String text = p.kind() == OclCompletion.Kind.OPERATION ? p.name() + "()" : p.name();
        int cursor = p.kind() == OclCompletion.Kind.OPERATION ? text.length() - 1 : text.length();
        String kind = Messages.get("ruleEditor.assist." + p.kind().name().toLowerCase(Locale.ROOT));
        String display = p.detail().isEmpty() ? p.name() + " - " + kind : p.name() + " : " + p.detail() + " (" + kind + ")";
        return new CompletionProposal(text, from, offset - from, cursor, null, display, null, null);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] {'.', '>'};
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
