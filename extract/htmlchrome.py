"""A web page's chrome, told from its content, and the colours its stylesheet gives to class names.

Chrome is what every page of a site repeats around its content: the cookie banner, the header
with the site's menu, breadcrumbs, skip links, "related pages", the footer. It is never part of
a plan, and its headings and link lists look like a plan's sections and items. It is found by
the page's own landmarks, not by what it says:

- a page that marks its content (one <main>, or role="main") is read from there only;
- otherwise the landmarks that are chrome by definition are left out: <nav>, <footer>, roles
  navigation / banner / contentinfo / search / complementary, and a <header> or <aside> that is
  not inside an <article>, <main> or <section> (a section's own header is content);
- anywhere, a block whose class or id names a cookie banner, breadcrumbs, a skip link or a menu
  (a table's own rows and cells are never chrome by their names: '<tr class="banner">');
- on a page built before HTML5, a block whose whole class or id names a header, footer, sidebar
  or related links ('<div id="footer">'), outside an article or section, as the elements would.

Word's and LibreOffice's exported pages have no landmarks: nothing is left out of them.

A cell's colour may come from a class only ('<td class="rag rag-amber">' with '.rag-amber
{ background-color: #ffc000 }' in the page's <style>): class_colours reads the simple class rules
(a class selector, alone or in a list) of the page's stylesheets, before <style> is dropped.
"""
from __future__ import annotations

import re
from typing import Any

LANDMARK_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary"}
CHROME_WORDS = re.compile(r"(?:^|[-_\s])(?:cookies?|cookie-?banner|consent|breadcrumbs?|skip-?link|skip-?to-?content)"
                          r"(?:$|[-_\s])", re.I)
# a whole class or id that names a landmark, on pages that have no HTML5 elements for them
NAV_NAMES = {"nav", "navbar", "navigation", "menu", "mainmenu", "main-menu", "site-nav", "sitenav", "topnav",
             "top-nav", "primary-nav", "global-nav"}
FOOTER_NAMES = {"footer", "site-footer", "sitefooter", "page-footer", "global-footer"}
HEADER_NAMES = {"header", "site-header", "siteheader", "masthead", "global-header", "banner",
                "sidebar", "side-bar", "related", "related-links", "related-pages", "relatedlinks"}
# the parts of a table: a class or id on them names rows and cells of that table, never page chrome
TABLE_PARTS = {"tr", "td", "th", "thead", "tbody", "tfoot", "caption", "colgroup", "col"}
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS_SELECTOR = re.compile(r"^(?:[a-z0-9]*)\.([A-Za-z0-9_-]+)$", re.I)


def _names(el: Any) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _inside(el: Any, tags: tuple[str, ...]) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag in tags or (parent.get("role") or "").lower() == "main":
            return True
        parent = parent.getparent()
    return False


def main_content(body: Any) -> Any | None:
    """The page's one <main> (or role="main") when it holds text; None when the page has none or several."""
    mains = [el for el in body.iter() if isinstance(el.tag, str)
             and (el.tag == "main" or (el.get("role") or "").lower() == "main")]
    outer = [m for m in mains if not any(o is not m and _contains(o, m) for o in mains)]
    if len(outer) != 1 or not " ".join(outer[0].text_content().split()):
        return None
    return outer[0]


def _contains(outer: Any, inner: Any) -> bool:
    parent = inner.getparent()
    while parent is not None:
        if parent is outer:
            return True
        parent = parent.getparent()
    return False


def is_chrome(el: Any, in_main: bool) -> bool:
    """Is this element page chrome (see the module's note)?"""
    tag = el.tag if isinstance(el.tag, str) else ""
    if not tag or tag in ("html", "body", "main"):
        return False
    role = (el.get("role") or "").lower()
    if tag == "nav" or role in {"navigation", "search"}:
        return True
    if not in_main and (tag == "footer" or role in LANDMARK_ROLES):
        return True
    if tag in ("header", "aside") and not in_main and not _inside(el, ("article", "main", "section")):
        return True
    names = _names(el)
    if not names or tag in TABLE_PARTS:
        # a table's own row or cell named 'banner' or 'header' ('<tr class="banner">' across a
        # plan's table, over the rows of its theme) is part of the table, not the site's banner
        return False
    tokens = {t.lower() for t in names.split()}
    named = bool(CHROME_WORDS.search(names) or tokens & NAV_NAMES) or not in_main and bool(
        tokens & FOOTER_NAMES or tokens & HEADER_NAMES and not _inside(el, ("article", "main", "section")))
    # a name alone makes no block chrome that holds a table or the page's title (<h1>)
    return named and not any(True for _ in el.iter("table", "h1"))


def drop_chrome(body: Any) -> tuple[Any, list[str]]:
    """The part of the page to read, with its chrome taken out, and what was left out (for a warning)."""
    main = main_content(body)
    dropped: list[str] = []
    root = body
    if main is not None:
        if len(" ".join(body.text_content().split())) > len(" ".join(main.text_content().split())):
            dropped.append("everything outside <main>")
        root = main
    for el in [e for e in root.iter() if isinstance(e.tag, str)]:
        if is_chrome(el, main is not None) and not _dropped_ancestor(el, root):
            label = el.tag + (f".{(el.get('class') or el.get('id') or '').split()[0]}" if _names(el) else "")
            dropped.append(label)
            el.drop_tree()
    return root, dropped


def _dropped_ancestor(el: Any, root: Any) -> bool:
    """Is el no longer under root (an ancestor was dropped)?"""
    return not _contains(root, el)


def class_colours(root: Any) -> dict[str, str]:
    """Class name → the CSS background colour its rule sets, from the page's <style> blocks."""
    from planx.extract.html import colour

    out: dict[str, str] = {}
    for style in root.iter("style"):
        css = re.sub(r"/\*.*?\*/", "", style.text or "", flags=re.S)
        for selectors, decls in _RULE.findall(css[:200_000]):
            fill = colour(_Decl(decls))
            if not fill:
                continue
            for sel in selectors.split(","):
                m = _CLASS_SELECTOR.match(sel.strip())
                if m:
                    out[m.group(1)] = fill
    return out


class _Decl:
    """A CSS declaration block seen as an element with that style (for colour())."""

    def __init__(self, decls: str):
        self.decls = decls

    def get(self, name: str) -> str | None:
        return self.decls if name == "style" else None
