// 企业数字名片: the card an enterprise shares (with a bank, a partner, a department) by link or QR code, and the link
// as the enterprise manages it. The card carries what is on the business licence and the project record, and nothing
// personal: no phone numbers, no contact person, no files.
import type { MilestoneKind, MilestoneStatus } from './quality';

export interface CardMilestone { kind: MilestoneKind; name: string; status: MilestoneStatus; completedOn: string | null }
export interface CardProject {
  name: string; site: string; investment: string;
  /** milestones done, of all */ done: number; total: number;
  /** the first milestone not done yet, or null when all are */ current: CardMilestone | null;
  milestones: CardMilestone[];
}
/** A licence or approval obtained along the way (a milestone document): name, 文号, date, and which milestone. */
export interface CardCredential { name: string; number: string | null; issuedOn: string | null; milestone: string }
export interface EnterpriseCard {
  name: string;
  /** 统一社会信用代码 */ creditCode: string;
  legalPerson: string; industry: string; townshipName: string;
  /** the township's name in traditional Mongolian, when there is one */ townshipNameMn?: string;
  address: string; projects: CardProject[]; credentials: CardCredential[];
  /** names of the helpers (帮办员) serving its projects */ serviceHelpers: string[];
  /** the service centre's help line, the number to call about the enterprise's affairs */ helpLine: string;
  issuedAt: string;
  /** when this answer was read from the archive (the card is always current) */ asOf: string;
}
export interface EnterpriseCardLink {
  token: string;
  /** the card's address, for copying and for the QR code */ url: string;
  /** the QR code of url, an SVG as a data: URL (an <img> in H5 and an <image> in the mini-program both take it) */ qrDataUrl: string;
  issuedAt: string;
  /** how many times the card was opened by its link since it was issued */ views: number;
  lastViewedAt: string | null;
}
export interface EnterpriseCardState { card: EnterpriseCardLink | null }
