/** The page elements the elements panel offers to drag onto the page (no imports: the i18n catalogue names them). */
export type ElementKind = 'banner-reverse' | 'banner-tint' | 'rule-horizontal' | 'rule-vertical' | 'text';
export const ELEMENT_KINDS: readonly ElementKind[] = ['banner-reverse', 'banner-tint', 'rule-horizontal', 'rule-vertical', 'text'];
