import type { descriptionCodes } from '../../../checks/catalog/description.js';
import type { CodeWords } from '../../types.js';
import { requirements as MS } from '../../../domain/requirements.js';
import { CONTROL } from './reasons.js';
import { words } from './words.js';

/** Finding codes of the description. */
export const descriptionWords = {
  DESCRIPTION_TOO_LONG: {
    title: 'Die Beschreibung hat mehr als 15 Wörter',
    why: `Die Seite verlangt „eine ${MS.description.words}-Wort-Produktbeschreibung“ und sagt nichts weiter. Wir lesen ${MS.description.words} als Höchstzahl, mehr ist also ein Fehler; die Seite sagt nicht, dass mehr abgelehnt wird, daher kann ein Eintrag dies zu einer Warnung abschwächen.`,
    explanation: `Microsoft verlangt eine Produktbeschreibung mit ${MS.description.words} Wörtern. Gezählt wird wie in einer Textverarbeitung: Abschnitte zwischen Leerraum, die einen Buchstaben oder eine Ziffer enthalten ("AI-driven" und "24/7" sind je ein Wort, ein einzelner Gedankenstrich ist keines). Chinesisch und Thai werden per Unicode-Wortsegmentierung in Wörter zerlegt. Japanisch wird nach selbstständigen Wörtern gezählt – das ist unsere Auslegung, nicht die von Microsoft: Partikeln, Hilfsverben und Verbendungen, die nur in Hiragana geschrieben sind, zählen nicht, und ein Lehnwort in Katakana zählt als ein Wort.`,
    fix: `Kürzen Sie die Beschreibung auf ${MS.description.words} Wörter.`,
    message: (a) => `Die Beschreibung hat ${words(a.count)}; Microsoft verlangt ${MS.description.words}.`,
    hint: (a) => `Streichen Sie ${words(Number(a.count) - MS.description.words)}.`,
  },
  DESCRIPTION_TOO_SHORT: {
    title: 'Die Beschreibung hat weniger als 15 Wörter',
    why: `Die Seite verlangt „eine ${MS.description.words}-Wort-Produktbeschreibung“ und sagt nicht „genau“; weniger Wörter sind daher eine Warnung, kein Fehler.`,
    explanation: `Microsoft verlangt eine Produktbeschreibung mit ${MS.description.words} Wörtern; die Dokumentation sagt nicht „genau“, daher sind weniger Wörter eine Warnung.`,
    fix: `Nutzen Sie die vollen ${MS.description.words} Wörter, um zu sagen, was die Integration leistet.`,
    message: (a) => `Die Beschreibung hat ${words(a.count)}; Microsoft verlangt ${MS.description.words}.`,
    hint: (a) => `Sie können noch ${words(MS.description.words - Number(a.count))} ergänzen.`,
  },
  DESCRIPTION_CONTROL_CHARACTER: {
    title: 'Die Beschreibung enthält ein Steuerzeichen',
    why: CONTROL,
    explanation: 'Die Beschreibung wird in ein einzeiliges Formularfeld eingefügt; Steuerzeichen sind dort unsichtbar oder gefährlich.',
    fix: 'Entfernen Sie das angezeigte Zeichen (verwenden Sie statt Tabulatoren und Zeilenumbrüchen ein einfaches Leerzeichen).',
    message: (a) => `Die Beschreibung enthält das Steuerzeichen ${a.char} an Position ${a.position}.`,
  },
} satisfies Record<keyof typeof descriptionCodes, CodeWords>;
