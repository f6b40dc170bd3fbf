import type { onboardingCodes } from '../../../checks/catalog/onboarding.js';
import type { CodeWords } from '../../types.js';
import { requirements as MS } from '../../../domain/requirements.js';

const DAYS = MS.pressRelease.reviewDays;

/** Finding codes of the onboarding progress. */
export const onboardingWords = {
  ONBOARDING_DATE_INVALID: {
    title: 'オンボーディングの日付が有効な日付ではありません',
    why: 'ISO 8601 の暦日付、YYYY-MM-DD (RFC 3339 full-date)',
    explanation: '"onboarding" の日付は、YYYY-MM-DD 形式（ISO 8601）の暦日付で記述します（例：2025-03-26）。',
    fix: '日付を YYYY-MM-DD 形式で記述してください。',
    message: (a) => `${a.value} は有効な日付ではありません（YYYY-MM-DD 形式で記述してください）。`,
  },
  ONBOARDING_PRESS_RELEASE_TOO_EARLY: {
    title: 'プレスリリースの予定日がレビュー開始から 10 日未満です',
    why: `ページには、プレスリリースはレビューを受ける必要があり、レビューが完了するまで少なくとも ${DAYS} 日間待つように書かれています。mde-partner は、レビュー開始日 + ${DAYS} 日より前の公開日ではその期間を確保できないと解釈します。この日付は記録されたレビュー開始日から mde-partner が算出したもので、Microsoft は公開日を示していません。ページの表現は「should」のため、警告とします。`,
    explanation: `Microsoft のページには、Microsoft Defender for Endpoint の製品名を含むプレスリリースはマーケティング チームとエンジニアリング チームのレビューを受ける必要があり、レビューが完了するまで少なくとも ${DAYS} 日間待つように書かれています。比較に使う日付は mde-partner が算出したもので、レビュー開始日（onboarding.pressRelease.reviewStart）+ ${DAYS} 日、つまり待機期間が終わる最初の日です。公開日や Microsoft の承認を示すものではなく、レビューがさらに長くかかる場合もあります。`,
    fix: `公開日はレビュー開始日 + ${DAYS} 日以降、かつ Microsoft のレビューが完了した後に設定してください。`,
    message: (a) => `プレスリリースの予定日 ${a.date} は、レビュー開始日 ${a.reviewStart} から ${DAYS} 日未満です。`,
    hint: (a) => `レビューの完了を待ってください：${a.earliest} より前には公開せず、レビューが完了してから公開してください。`,
  },
} satisfies Record<keyof typeof onboardingCodes, CodeWords>;
