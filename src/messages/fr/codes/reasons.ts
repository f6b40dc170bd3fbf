/** Raisons communes à plusieurs règles `policy`. */
export const BOUNDS = 'Sécurité : la limite borne le temps et la mémoire que peut coûter un fichier malveillant ; un vrai fichier reste très en deçà.';
export const HOSTILE = 'Sécurité : le logo s’affiche dans un portail de sécurité, il ne doit donc rien exécuter, charger ni incorporer. Le profil suit SVG Tiny 1.2 et SVG Tiny PS (le profil qu’exige BIMI pour les logos de marque).';
export const CONTROL = 'Sécurité : les caractères de contrôle sont invisibles dans un formulaire et, dans un nom qui entre dans un en-tête HTTP, permettent l’injection d’en-têtes.';
export const WHITESPACE = 'Les espaces en début ou en fin de valeur sont invisibles dans un formulaire et faussent la comparaison des noms. D’où un avertissement.';
export const FILE_FORMAT = 'mde-partner.json est le format de fichier de cet outil (schemas/listing.schema.json).';
export const INTEGRITY = 'Sécurité (intégrité) : un paquet ne contient que ce qui a été lu et vérifié, et son listing.json est conforme au schéma publié.';
export const BUNDLE = 'Sécurité (intégrité) : un paquet reçu correspond, octet pour octet, à ce que liste son manifeste.';
export const OUTSIDE = 'Sécurité : rien n’est lu ni écrit en dehors du paquet.';
export const RENDERED = 'Jugé d’après le dessin, avec nos propres seuils, qu’une fiche peut modifier : d’où un avertissement.';
