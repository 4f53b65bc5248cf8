package dev.dovetail.core.report;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The review report as one HTML page, rendered from its markdown by commonmark-java. Raw HTML in the markdown is
 * escaped, not passed through, and the page loads nothing: its style is inline and its Content-Security-Policy
 * forbids scripts and every fetch, so the page shows the same wherever it is opened.
 */
final class ReviewHtml {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private static final String STYLE = """
      body { margin: 0; color: #1f2328; background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
      main { max-width: 80rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
      h1 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3rem; }
      h2 { margin-top: 2.5rem; border-bottom: 1px solid #d1d9e0; padding-bottom: .3rem; }
      code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 13px; }
      code { background: #eff1f3; border-radius: 4px; padding: .1em .3em; overflow-wrap: break-word; }
      pre { background: #f6f8fa; border: 1px solid #d1d9e0; border-radius: 6px; padding: .8rem 1rem; overflow-x: auto; line-height: 1.4; }
      pre code { background: none; padding: 0; overflow-wrap: normal; }
      table { width: 100%; border-collapse: collapse; margin: 1rem 0; }
      th, td { border: 1px solid #d1d9e0; padding: .35rem .7rem; text-align: left; vertical-align: top; }
      th { background: #f6f8fa; }
      td:nth-child(2) code { white-space: nowrap; }
      tbody tr:nth-child(even) { background: #fafbfc; }
      tbody tr.hazard, tbody tr.hazard:nth-child(even) { background: #fff1e5; }
      tr.hazard td:first-child { box-shadow: inset 4px 0 #d4630b; }
      td strong, li strong { color: #9a3a06; }
      @media (max-width: 70rem) { table { display: block; overflow-x: auto; } }
      """;

  private ReviewHtml() {}

  /** @return {@code markdown} rendered into a full page titled {@code title} */
  static String page(String title, String markdown) {
    Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
    String body = HtmlRenderer.builder()
        .extensions(EXTENSIONS)
        .escapeHtml(true)
        .sanitizeUrls(true)
        .attributeProviderFactory(context -> HAZARD_ROWS)
        .build()
        .render(document);
    return "<!DOCTYPE html>\n"
        + "<html lang=\"en\">\n"
        + "<head>\n"
        + "<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + "</title>\n"
        + "<style>\n" + STYLE + "</style>\n"
        + "</head>\n"
        + "<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
  }

  /** Marks the rows of the summary table whose last cell, the hazards, names one in bold. */
  private static final AttributeProvider HAZARD_ROWS = (node, tagName, attributes) -> {
    if (node instanceof TableRow && node.getParent() instanceof TableBody && containsStrong(node.getLastChild())) {
      attributes.put("class", "hazard");
    }
  };

  private static boolean containsStrong(Node node) {
    if (node == null) {
      return false;
    }
    if (node instanceof StrongEmphasis) {
      return true;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (containsStrong(child)) {
        return true;
      }
    }
    return false;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
