#!/usr/bin/env bash
# Regenerates test/fixtures/svg/editors/: one square logo exported by each real tool that designers
# and build pipelines use, so the static logo checks are proven on output nobody here wrote.
# Not run by CI: the generated files are committed. Needs Debian's inkscape, potrace, librsvg2-bin,
# python3-matplotlib, imagemagick and scour:
#   apt-get install --no-install-recommends inkscape potrace librsvg2-bin python3-matplotlib imagemagick scour
# The Illustrator exports are written by hand (Illustrator does not run here); see docs/security.md (Test corpora).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/test/fixtures/svg/editors"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# The source drawing: a square tile with a shield that has a round cut-out (even-odd fill), the kind of
# solid mark with cut-outs a partner logo often is. Inkscape and rsvg-convert start from it.
cat > "$work/source.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Contoso Cognito</title>
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2b88d8"/>
      <stop offset="1" stop-color="#005a9e"/>
    </linearGradient>
  </defs>
  <rect width="512" height="512" rx="96" fill="url(#tile)"/>
  <path fill="#fff" fill-rule="evenodd" d="M256 72 416 128v112c0 104-70 180-160 208C166 420 96 344 96 240V128Zm0 104a64 64 0 1 0 0 128 64 64 0 1 0 0-128Z"/>
</svg>
SVG

# Inkscape: a new document from Inkscape's own default template (mm page, layer), made square, with
# the drawing in its layer and the document metadata (RDF, Dublin Core, Creative Commons) Inkscape's
# Document Properties writes. Inkscape turns every object into a path, as a designer does before
# handing a logo over, and saves it as Inkscape SVG (sodipodi/inkscape namespaces, namedview) and as
# plain SVG.
/usr/bin/python3 - /usr/share/inkscape/templates/default.svg "$work/source.svg" "$work/inkscape-doc.svg" <<'PY'
import re, sys
template = open(sys.argv[1], encoding="utf-8").read()
source = open(sys.argv[2], encoding="utf-8").read()
drawing = source[source.index("<defs>"):source.rindex("</svg>")]
metadata = '''<metadata id="metadata5"><rdf:RDF><cc:Work rdf:about=""><dc:format>image/svg+xml</dc:format>
<dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage"/><dc:title>Contoso Cognito</dc:title>
<dc:creator><cc:Agent><dc:title>Contoso</dc:title></cc:Agent></dc:creator></cc:Work></rdf:RDF></metadata>'''
doc = template.replace('width="210mm"', 'width="135.46667mm"').replace('height="297mm"', 'height="135.46667mm"')
doc = doc.replace('viewBox="0 0 210 297"', 'viewBox="0 0 512 512"')
doc = doc.replace("<defs />", metadata)
doc = re.sub(r'<g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1" />',
             lambda _: '<g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1">' + drawing + "</g>", doc)
open(sys.argv[3], "w", encoding="utf-8").write(doc)
PY
inkscape "$work/inkscape-doc.svg" --actions='select-all:all;object-to-path' \
  --export-type=svg --export-filename="$out/inkscape-1.2-inkscape-svg.svg"
inkscape "$work/inkscape-doc.svg" --actions='select-all:all;object-to-path' \
  --export-type=svg --export-plain-svg --export-filename="$out/inkscape-1.2-plain-svg.svg"

# scour (the optimizer Inkscape offers as "Optimized SVG") on the Inkscape SVG.
scour -i "$out/inkscape-1.2-inkscape-svg.svg" -o "$out/scour-optimized.svg" --enable-viewboxing --quiet

# cairo, through rsvg-convert's SVG surface: cairo writes its own SVG 1.1 with pt sizes.
rsvg-convert -f svg -o "$out/cairo-rsvg-convert.svg" "$work/source.svg"
# With a word on it: cairo writes each glyph once as a <symbol> outline and draws it with <use>.
sed 's|</svg>|<text x="256" y="490" font-family="DejaVu Sans" font-size="44" text-anchor="middle" fill="#fff">Contoso</text></svg>|' \
  "$work/source.svg" > "$work/source-text.svg"
rsvg-convert -f svg -o "$out/cairo-rsvg-convert-glyphs.svg" "$work/source-text.svg"

# potrace: a square bitmap (drawn by ImageMagick), traced to an SVG 1.0 file with a DOCTYPE.
convert -size 256x256 xc:white -fill black \
  -draw 'roundrectangle 8,8 247,247 48,48' -fill white -draw 'circle 128,128 128,56' \
  -fill black -draw 'circle 128,128 128,96' "$work/mark.pbm"
potrace -s -o "$out/potrace.svg" "$work/mark.pbm"

# matplotlib: a square figure with a label, saved as SVG (DOCTYPE, RDF metadata, <style>, clipPath,
# glyphs as <path> defs drawn with xlink:href uses). A fixed hash salt and date keep the output stable.
SOURCE_DATE_EPOCH=1700000000 /usr/bin/python3 - "$out/matplotlib.svg" <<'PY'
import sys
import matplotlib
matplotlib.use("svg")
matplotlib.rcParams["svg.hashsalt"] = "mde-partner"
import matplotlib.pyplot as plt
from matplotlib.patches import Circle, FancyBboxPatch

fig = plt.figure(figsize=(2, 2))
ax = fig.add_axes([0, 0, 1, 1])
ax.set_xlim(0, 1)
ax.set_ylim(0, 1)
ax.axis("off")
ax.add_patch(FancyBboxPatch((0.05, 0.05), 0.9, 0.9, boxstyle="round,pad=0,rounding_size=0.15", color="#0078d4"))
ax.add_patch(Circle((0.5, 0.56), 0.26, color="white"))
ax.text(0.5, 0.16, "Contoso", ha="center", va="center", color="white", fontsize=16)
fig.savefig(sys.argv[1], metadata={"Date": None})
PY

# Tiles with lettering, as live text and outlined by the tools designers use to turn text into paths.
# Each live-text source is kept next to its exports: the rendered checks draw live text with the
# bundled DejaVu Sans, so a live-text logo and its outlined export must get the same rendered verdict.
#   text-app-tile.svg       app-icon tile (rounded square), "TS" in the bottom-right corner
#   text-circle-glyph.svg   circular tile with one glyph (✓)
#   text-square-letter.svg  full-bleed square with one letter
#   text-wordmark.svg       a word alone on a square canvas (a wordmark: SVG_CONTENT_NOT_SQUARE either way)
#   text-corner-letters.svg "TS" alone in the bottom-right corner, no tile (small and off-centre either way)
#   text-bold-wordmark.svg  a bold word near the wordmark threshold (bold live text is drawn bold)
cat > "$out/text-app-tile.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Contoso Script</title>
  <rect width="512" height="512" rx="50" fill="#3178c6"/>
  <text x="480" y="472" font-family="DejaVu Sans" font-size="200" font-weight="bold" text-anchor="end" fill="#fff">TS</text>
</svg>
SVG
cat > "$out/text-circle-glyph.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Contoso Check</title>
  <circle cx="256" cy="256" r="256" fill="#107c10"/>
  <text x="256" y="356" font-family="DejaVu Sans" font-size="300" text-anchor="middle" fill="#fff">✓</text>
</svg>
SVG
cat > "$out/text-square-letter.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Contoso K</title>
  <rect width="512" height="512" fill="#5c2d91"/>
  <text x="256" y="365" font-family="DejaVu Sans" font-size="300" text-anchor="middle" fill="#fff">K</text>
</svg>
SVG
cat > "$out/text-wordmark.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Contoso</title>
  <text x="256" y="286" font-family="DejaVu Sans" font-size="100" text-anchor="middle" fill="#0078d4">Contoso</text>
</svg>
SVG
cat > "$out/text-corner-letters.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Contoso TS</title>
  <text x="480" y="472" font-family="DejaVu Sans" font-size="120" text-anchor="end" fill="#3178c6">TS</text>
</svg>
SVG
cat > "$out/text-bold-wordmark.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Cont</title>
  <text x="256" y="300" font-family="DejaVu Sans" font-size="140" font-weight="bold" text-anchor="middle" fill="#000">Cont</text>
</svg>
SVG
for name in app-tile circle-glyph square-letter wordmark corner-letters bold-wordmark; do
  # Inkscape: Path > Object to Path on the text at export, plain SVG.
  inkscape "$out/text-$name.svg" --export-text-to-path --export-plain-svg --export-type=svg \
    --export-filename="$out/text-$name-inkscape-1.2-outlined.svg"
  # cairo: rsvg-convert's SVG surface writes the glyphs as outlines (<symbol> + <use>).
  rsvg-convert -f svg -o "$out/text-$name-cairo-outlined.svg" "$out/text-$name.svg"
done

# potrace: the same kind of tile as a bitmap drawn by ImageMagick (rounded square, "JS" in the
# bottom-right corner, in DejaVu Sans Bold), traced. Its live-text source is the same design as SVG.
cat > "$out/text-potrace-tile.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Contoso JS</title>
  <rect width="512" height="512" rx="50" fill="#000"/>
  <text x="480" y="472" font-family="DejaVu Sans" font-size="200" font-weight="bold" text-anchor="end" fill="#fff">JS</text>
</svg>
SVG
convert -size 512x512 xc:white -fill black -draw 'roundrectangle 0,0 511,511 50,50' \
  -font DejaVu-Sans-Bold -pointsize 200 -fill white -gravity SouthEast -annotate +32+40 'JS' "$work/tile.pbm"
potrace -s -o "$out/text-potrace-tile-outlined.svg" "$work/tile.pbm"

echo "tools:"
inkscape --version 2>/dev/null
potrace --version | head -1
rsvg-convert --version
scour --version
/usr/bin/python3 -c 'import matplotlib; print("matplotlib", matplotlib.__version__)'
convert --version | head -1
