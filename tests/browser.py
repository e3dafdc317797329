"""Headless Chromium for the report tests: render a page, measure what is cut off, take a screenshot.

The tests that use it skip cleanly where Chromium is not installed (`make system-deps` installs it).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
# the flags that keep Chromium quiet on a machine without a network or a desktop session
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]

# Run in the page once it has loaded (after the page's own scripts): every box whose content is
# wider than the box (text cut off, or spilling over its neighbour), and a page wider than the
# window (content off to the right). Written into the DOM, which --dump-dom prints.
OVERFLOW_CHECK = r"""
<script>
(function(){
  function visible(el){var cs=getComputedStyle(el);return cs.display!=='none'&&cs.visibility!=='hidden'
    &&cs.display!=='inline'&&el.getClientRects().length>0;}
  function name(el){return el.tagName.toLowerCase()+(el.id?'#'+el.id:'')+(el.className?'.'+el.className:'');}
  var cut=[];
  document.querySelectorAll('td,th,div,p,h1,h2,summary,select,table').forEach(function(el){
    if(!visible(el))return;
    var cs=getComputedStyle(el);
    // a box that scrolls by design (overflow auto/scroll) is not cut off, unless it must scroll here
    if(el.scrollWidth>el.clientWidth+1)
      cut.push({box:name(el),text:(el.textContent||'').trim().slice(0,80),scroll:el.scrollWidth,
                client:el.clientWidth,overflow:cs.overflowX});
  });
  var page=document.documentElement;
  if(page.scrollWidth>window.innerWidth+1)
    cut.push({box:'page',text:'',scroll:page.scrollWidth,client:window.innerWidth,overflow:'visible'});
  var out=document.createElement('pre');out.id='planx-overflow';out.textContent=JSON.stringify(cut);
  document.body.appendChild(out);
})();
</script>
"""


def run(*args: str) -> str:
    assert CHROMIUM, "chromium is not installed"
    with tempfile.TemporaryDirectory(prefix="planx-chromium-") as profile:
        proc = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                              text=True, timeout=120)
    return proc.stdout


def cut_off(page: Path, width: int = 1280, height: int = 900) -> list[dict]:
    """What of `page` is cut off in a window `width` pixels wide: the overflowing boxes."""
    with tempfile.TemporaryDirectory(prefix="planx-page-") as tmp:
        checked = Path(tmp) / page.name
        html = page.read_text(encoding="utf-8")
        checked.write_text(html.replace("</body>", OVERFLOW_CHECK + "</body>"), encoding="utf-8")
        dom = run(f"--window-size={width},{height}", "--dump-dom", checked.as_uri())
    start = dom.find('<pre id="planx-overflow">')
    assert start >= 0, "the check did not run:\n" + dom[-2000:]
    text = dom[start:].split(">", 1)[1].split("</pre>", 1)[0]
    return json.loads(text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&"))


def screenshot(page: Path, name: str, width: int = 1280, height: int = 1800) -> Path:
    """A PNG of the page, kept as an artifact (PLANX_ARTIFACTS, else out/artifacts) to look at."""
    root = Path(__file__).resolve().parents[1]
    artifacts = Path(os.environ.get("PLANX_ARTIFACTS", root / "out" / "artifacts"))
    artifacts.mkdir(parents=True, exist_ok=True)
    shot = artifacts / name
    shot.unlink(missing_ok=True)
    run(f"--screenshot={shot}", f"--window-size={width},{height}", page.resolve().as_uri())
    return shot
