"""MkDocs hook: a strict Content-Security-Policy on every page, as a <meta http-equiv>.

The policy is the second wall behind the validator: if markup slips into a page, the browser
still refuses to run it. Scripts come only from the site itself, plus the inline scripts that the
theme's own templates emit, each allowed by its sha256 hash on the page where it appears:

- Material's partials/javascripts/*.html, rendered here with the page's base_url (the first of
  them names the site's root, so its hash differs with the page's depth);
- mkdocs-jupyter's copy-button scripts on notebook pages (its notebook template and clipboard.umd.js).

An inline script is trusted because its text is one of those templates' output, never because
it is on the page: an injected <script>, an event handler attribute or a javascript: URL gets no
hash and does not run. Chromium reports each refusal as a `securitypolicyviolation` event
(tests/test_csp.py). The meta is the first element after <meta charset>, before any script.

Styles: Material and our site.css need no inline style; notebook pages do (nbconvert inlines
its CSS in <style> elements and pandas writes style="" attributes), so only notebook pages get
style-src 'unsafe-inline'. Images: 'self' and data: (Material's icons in its CSS and the
notebooks' plots are data: URLs).
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import mkdocs_jupyter
from bs4 import BeautifulSoup
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

POLICY = {
    "default-src": "'self'",
    # + the hashes of this page's template scripts; 'report-sample' puts the first 40 characters of a
    # refused inline script into the violation report, so a report names the code it stopped.
    "script-src": "'self' 'report-sample'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "worker-src": "'self'",  # Material's search worker
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'none'",  # the only form is Material's search, which never submits
}
NOTEBOOK_STYLE_SRC = "'self' 'unsafe-inline'"
CHARSET = '<meta charset="utf-8">'
JUPYTER_TEMPLATES = Path(mkdocs_jupyter.__file__).parent / "templates" / "mkdocs_html"
# nbconvert's Mermaid loader imports mermaid from cdnjs: a third-party request the policy would
# refuse (with a violation report on every notebook page). Our notebooks draw no diagrams.
MERMAID_LOADER = 'import("https://cdnjs.cloudflare.com/ajax/libs/mermaid/'
_env = []  # the theme's Jinja environment, kept from on_env
_material_scripts: dict[str, set[str]] = {}  # base_url -> scripts, for this build (pages share depths)


def on_env(env, config, files):
    _env[:] = [env]
    _material_scripts.clear()
    return env


def material_scripts(config, base_url: str) -> set[str]:
    """The inline scripts Material's partials/javascripts/*.html emit on a page with this base_url."""
    if base_url not in _material_scripts:
        _material_scripts[base_url] = _render_material_scripts(config, base_url)
    return _material_scripts[base_url]


def _render_material_scripts(config, base_url: str) -> set[str]:
    env = _env[0]
    context = {"config": config, "base_url": base_url, "features": config.theme.get("features") or []}
    html = "".join(
        env.get_template(name).render(context)
        for name in env.list_templates(filter_func=lambda name: name.startswith("partials/javascripts/"))
    )
    return {script.string.strip() for script in BeautifulSoup(html, "html.parser").find_all("script")}


@cache  # files of the installed mkdocs-jupyter
def jupyter_scripts() -> frozenset[str]:
    """The copy-button scripts of mkdocs-jupyter's notebook template (the literal ones, not the Jinja ones)."""
    template = (JUPYTER_TEMPLATES / "notebook.html.j2").read_text(encoding="utf-8")
    literal = {
        script.string.strip()
        for script in BeautifulSoup(template, "html.parser").find_all("script")
        if script.string and "{{" not in script.string
    }
    return frozenset(
        literal | {(JUPYTER_TEMPLATES / "assets" / "clipboard.umd.js").read_text(encoding="utf-8").strip()}
    )


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def with_policy(output: str, where: str, trusted: set[str], notebook: bool) -> str:
    """The page with its CSP meta: hashes of the trusted inline scripts found on it."""
    hashes = []
    for script in BeautifulSoup(output, "html.parser").find_all("script", src=False):
        text = script.string or ""
        if notebook and MERMAID_LOADER in text:
            output = output.replace(str(script), "", 1)
        elif text.strip() in trusted and (digest := sha256(text)) not in hashes:
            hashes.append(digest)
    policy = {**POLICY, "script-src": " ".join([POLICY["script-src"], *hashes])}
    if notebook:
        policy["style-src"] = NOTEBOOK_STYLE_SRC
    content = "; ".join(f"{directive} {sources}" for directive, sources in policy.items())
    if output.count(CHARSET) != 1:
        raise PluginError(f"{where}: expected one {CHARSET} to put the Content-Security-Policy after")
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content}">'
    return output.replace(CHARSET, f"{CHARSET}\n    {meta}", 1)


@event_priority(-100)  # last: hash the page as it will be written, after every other hook
def on_post_page(output: str, page, config) -> str:
    notebook = page.file.src_uri.endswith(".ipynb")
    trusted = material_scripts(config, get_relative_url(".", page.url))  # base_url as mkdocs computes it
    return with_policy(output, page.file.src_uri, trusted | (jupyter_scripts() if notebook else set()), notebook)


@event_priority(-100)
def on_post_template(output: str, template_name: str, config) -> str:
    # 404.html is a theme template, not a page; mkdocs gives it the site root's path as base_url.
    if not template_name.endswith(".html"):
        return output
    trusted = material_scripts(config, urlsplit(config.site_url or "/").path)
    return with_policy(output, template_name, trusted, notebook=False)
