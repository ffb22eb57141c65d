// H5: the rating panel is shown only once a case is delivered, and its text box is a web component (Taro has no
// React-made Textarea) that brings the whole web-component runtime: a chunk of its own, fetched when it is shown, so
// the case page of a case still under way does not load it.
import { lazy } from 'react';

export const RatingPanelEntry = lazy(() => import(/* webpackChunkName: "rating" */ './RatingPanel').then((module) => ({ default: module.RatingPanel })));
