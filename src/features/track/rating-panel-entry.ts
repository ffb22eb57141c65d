// The rating panel as the case page shows it: bundled in the mini-program (and the tests); H5 fetches it on demand
// (rating-panel-entry.h5.ts, picked by Taro's platform file resolution).
export { RatingPanel as RatingPanelEntry } from './RatingPanel';
