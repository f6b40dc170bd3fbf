/** Reasons shared by several `policy` rules. */
export const BOUNDS = 'Sicherheit: Die Grenze beschränkt Zeit und Speicher, die eine feindselige Datei kosten kann; eine echte Datei liegt weit darunter.';
export const HOSTILE = 'Sicherheit: Ein Logo wird in einem Sicherheitsportal angezeigt und darf daher nichts ausführen, laden oder einbetten. Das Profil folgt SVG Tiny 1.2 und SVG Tiny PS (dem Profil, das BIMI für Markenlogos vorschreibt).';
export const CONTROL = 'Sicherheit: Steuerzeichen sind in einem Formular unsichtbar und ermöglichen in einem Namen, der in einen HTTP-Header gelangt, Header-Injection.';
export const WHITESPACE = 'Leerzeichen am Anfang oder Ende sind in einem Formular unsichtbar und machen gleiche Namen ungleich. Daher eine Warnung.';
export const FILE_FORMAT = 'mde-partner.json ist das Dateiformat dieses Tools (schemas/listing.schema.json).';
export const INTEGRITY = 'Sicherheit (Integrität): Ein Paket enthält nur, was gelesen und geprüft wurde, und seine listing.json ist gegen das veröffentlichte Schema gültig.';
export const BUNDLE = 'Sicherheit (Integrität): Ein empfangenes Paket enthält genau das, was sein Manifest auflistet, Byte für Byte.';
export const OUTSIDE = 'Sicherheit: Außerhalb des Pakets wird nichts gelesen oder geschrieben.';
export const RENDERED = 'Beurteilt anhand der gerenderten Zeichnung, mit eigenen Schwellenwerten, die ein Eintrag ändern kann: daher eine Warnung.';
