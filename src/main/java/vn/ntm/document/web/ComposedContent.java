package vn.ntm.document.web;

import java.util.ArrayList;
import java.util.List;
import vn.ntm.document.Authority;
import vn.ntm.document.Block;
import vn.ntm.document.DocumentContent;
import vn.ntm.document.DocumentKind;
import vn.ntm.document.SigningBlock;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.org.Signer;
import vn.ntm.text.Messages;

/**
 * The content a compose form describes, or the refusal naming every field left empty or wrong. A signer chosen from
 * the body's list gives the name and position the form leaves empty.
 */
final class ComposedContent {

    private ComposedContent() {}

    static DocumentContent of(ComposeForm form, List<Signer> signers) {
        List<FieldProblem> problems = new ArrayList<>();
        DocumentKind kind = kind(form.kind());
        if (kind == null) {
            problems.add(new FieldProblem("kind", "document.compose.kindRequired"));
        }
        if (form.issuerBodyId() == null) {
            problems.add(new FieldProblem("issuerBodyId", "document.compose.issuerRequired"));
        }
        if (blank(form.title())) {
            problems.add(new FieldProblem("title", "document.error.titleRequired"));
        }
        List<Block> body = BodyText.parse(form.body());
        if (body.isEmpty()) {
            problems.add(new FieldProblem("body", "document.compose.bodyRequired"));
        }
        Authority authority = authority(form.authority());
        if (!blank(form.authority()) && authority == null) {
            problems.add(new FieldProblem("authority", "document.compose.authorityUnknown", form.authority()));
        }
        if (authority != null && blank(form.signerTitle())) {
            problems.add(new FieldProblem("signerTitle", "document.compose.signerTitleRequired"));
        }
        Signer chosen = signers.stream()
                .filter(s -> form.signerId() != null && s.positionId() == form.signerId())
                .findFirst()
                .orElse(null);
        String position = blank(form.position()) && chosen != null ? upper(chosen.positionNameVi()) : form.position();
        String name = blank(form.signerName()) && chosen != null ? chosen.fullName() : form.signerName();
        if (blank(position)) {
            problems.add(new FieldProblem("position", "document.compose.positionRequired"));
        }
        if (blank(name)) {
            problems.add(new FieldProblem("signerName", "document.compose.signerNameRequired"));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return DocumentContent.builder(kind)
                .title(form.title().strip())
                .recipients(BodyText.nonEmptyLines(form.recipients()))
                .legalBases(BodyText.nonEmptyLines(form.legalBases()))
                .body(body)
                .distribution(BodyText.nonEmptyLines(form.distribution()))
                .draftingUnit(
                        blank(form.draftingUnit()) ? null : form.draftingUnit().strip())
                .signature(SigningBlock.of(
                        authority,
                        authority == null ? null : upper(form.signerTitle().strip()),
                        upper(position.strip()),
                        name.strip()))
                .build();
    }

    private static DocumentKind kind(String code) {
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.name().equals(code)) {
                return kind;
            }
        }
        return null;
    }

    private static Authority authority(String code) {
        for (Authority authority : Authority.values()) {
            if (authority.name().equals(code)) {
                return authority;
            }
        }
        return null;
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Messages.VIETNAMESE);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
