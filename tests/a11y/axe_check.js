// Runs axe-core on HTML files in Debian's headless Chromium and prints the result as JSON:
//   node axe_check.js CHROMIUM FILE.html [FILE.html ...]
// NODE_PATH must name the node_modules folder that scripts/setup.sh installs axe-core and
// playwright-core into (tests/a11y.py finds it). Output: [{file, violations: [{id, impact, help,
// tags, nodes: [{target, html, failureSummary}]}], passes, incomplete}], one entry a file.
"use strict";
const path = require("path");
const { chromium } = require("playwright-core");
const axeSource = require("fs").readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

// WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the Public Sector Bodies Accessibility Regulations ask.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function main() {
  const [executablePath, ...files] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    // No network: the pages are files, and a closed network refuses Chromium's background calls.
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  const out = [];
  try {
    const page = await browser.newPage();
    for (const file of files) {
      await page.goto("file://" + path.resolve(file), { waitUntil: "load", timeout: 120000 });
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
        TAGS
      );
      out.push({
        file,
        axe: result.testEngine.version,
        violations: result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          tags: v.tags,
          nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 300), failureSummary: n.failureSummary })),
        })),
        passes: result.passes.length,
        incomplete: result.incomplete.map((v) => v.id),
      });
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(out, null, 1) + "\n");
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + "\n");
  process.exit(2);
});
