// The 委托书 (and 续办委托书) composed from the item, the resident and the helper: the same text is shown to sign and
// stored with the signatures.
import type { AuthorisationKind } from '../../../../types';

export interface LetterParts {
  kind: AuthorisationKind;
  residentName: string;
  helperName: string;
  helperKind: string;
  itemName: string | null;
  department: string | null;
  description: string;
  date: string;
}

export function composeLetter(p: LetterParts): string {
  const team = p.helperKind === 'grid_worker' ? '网格员' : '帮办代办服务队（蓝马甲）';
  const matter = p.itemName ? `“${p.itemName}”（${p.department ?? ''}）` : `“${p.description}”`;
  if (p.kind === 'continuation') {
    return [
      '续办委托书',
      `委托人：${p.residentName}`,
      `受托人：${p.helperName}（乌审旗${team}）`,
      `委托人同意恢复办理此前中止的事项${matter}，原委托书的内容继续有效。`,
      `日期：${p.date}`,
    ].join('\n');
  }
  return [
    '委托书',
    `委托人：${p.residentName}`,
    `受托人：${p.helperName}（乌审旗${team}）`,
    `委托事项：代为办理${matter}，包括递交材料、补正、领取办理结果，并将原件和结果交还委托人。`,
    '委托期限：自签字之日起至该事项办结或委托人撤销委托时止。',
    '委托人承诺所提供的材料真实有效；受托人承诺妥善保管材料，每次交接均签署交接单。',
    `日期：${p.date}`,
  ].join('\n');
}
