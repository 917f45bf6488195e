package vn.ntm.document.check;

import org.springframework.stereotype.Service;
import vn.ntm.document.DocumentContent;
import vn.ntm.document.DocumentRenderer;
import vn.ntm.document.Issuer;
import vn.ntm.document.RenderedDocument;
import vn.ntm.document.layout.LaidOutDocument;
import vn.ntm.document.layout.LayoutProfiles;
import vn.ntm.document.layout.Layouter;
import vn.ntm.document.write.DocxWriter;
import vn.ntm.document.write.PdfWriter;
import vn.ntm.document.write.XhtmlWriter;

/** Lays a document out, writes both files and reads each back against the rules before anyone gets them. */
@Service
public class CheckedRenderer implements DocumentRenderer {

    private final DocxWriter docx = new DocxWriter();
    private final XhtmlWriter xhtml = new XhtmlWriter();
    private final PdfWriter pdf = new PdfWriter();

    @Override
    public RenderedDocument render(DocumentContent content, Issuer issuer) {
        return render(content, issuer, null);
    }

    @Override
    public RenderedDocument render(DocumentContent content, Issuer issuer, int number) {
        return render(content, issuer, Integer.valueOf(number));
    }

    private RenderedDocument render(DocumentContent content, Issuer issuer, Integer number) {
        LaidOutDocument laid = new Layouter(LayoutProfiles.of(issuer.family())).layOut(content, issuer, number);
        LayoutCheck check = new LayoutCheck(laid);
        byte[] word = docx.write(laid);
        check.require(new DocxReadBack().read(word), "docx");
        String page = xhtml.write(laid);
        byte[] printed = pdf.write(page);
        check.require(new PdfReadBack(laid.profile()).read(printed), "pdf");
        return new RenderedDocument(word, printed, page);
    }
}
