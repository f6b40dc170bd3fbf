import type { onboardingCodes } from '../../../checks/catalog/onboarding.js';
import type { CodeWords } from '../../types.js';
import { requirements as MS } from '../../../domain/requirements.js';

/** Finding codes of the onboarding progress. */
export const onboardingWords = {
  ONBOARDING_DATE_INVALID: {
    title: 'Ein Onboarding-Datum ist kein Kalenderdatum',
    why: 'Kalenderdatum nach ISO 8601, JJJJ-MM-TT (RFC 3339 full-date)',
    explanation: 'Datumsangaben in "onboarding" sind Kalenderdaten im Format JJJJ-MM-TT (ISO 8601), z. B. 2025-03-26.',
    fix: 'Schreiben Sie das Datum als JJJJ-MM-TT.',
    message: (a) => `${a.value} ist kein Kalenderdatum (erwartet: JJJJ-MM-TT).`,
  },
  ONBOARDING_PRESS_RELEASE_TOO_EARLY: {
    title: 'Pressemitteilung weniger als 10 Tage nach Beginn der Überprüfung geplant',
    why: `Die Seite sagt, eine Pressemitteilung sollte überprüft werden, und man solle mindestens ${MS.pressRelease.reviewDays} Tage auf die Überprüfung warten. Ein Veröffentlichungsdatum vor Überprüfungsbeginn + ${MS.pressRelease.reviewDays} Tage lässt nach unserer Auslegung diese Zeit nicht. Das Datum berechnen wir aus dem von Ihnen erfassten Überprüfungsbeginn; Microsoft nennt kein Veröffentlichungsdatum. „Sollte“, daher eine Warnung.`,
    explanation: `Laut der Seite von Microsoft sollte eine Pressemitteilung, die Microsoft Defender für Endpunkt nennt, von den Marketing- und Entwicklungsteams überprüft werden, und Sie sollten mindestens ${MS.pressRelease.reviewDays} Tage auf die Überprüfung warten. Das Vergleichsdatum stammt von uns: Überprüfungsbeginn (onboarding.pressRelease.reviewStart) + ${MS.pressRelease.reviewDays} Tage, der erste Tag nach Ablauf dieser Wartezeit. Es ist weder ein Veröffentlichungsdatum noch eine Freigabe von Microsoft: Die Überprüfung kann länger dauern.`,
    fix: `Planen Sie die Veröffentlichung frühestens für Überprüfungsbeginn + ${MS.pressRelease.reviewDays} Tage und erst nach Abschluss der Überprüfung durch Microsoft.`,
    message: (a) => `Die Pressemitteilung ist für ${a.date} geplant, weniger als ${MS.pressRelease.reviewDays} Tage nach Beginn der Überprüfung am ${a.reviewStart}.`,
    hint: (a) => `Warten Sie die Überprüfung ab: nicht vor ${a.earliest}, und erst, wenn sie abgeschlossen ist.`,
  },
} satisfies Record<keyof typeof onboardingCodes, CodeWords>;
