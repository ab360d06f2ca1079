/** Cell → typed value: dates, national IDs through their number format, phones, lists and small values. */
export { readDate, readDateText, type DateRead, type DateIssue } from './dates';
export { readIdCell, readIdText, idProvince, idBirthYear, idGender, paddedIdAgrees, type IdRead } from './nationalId';
export { readPhone, readPhoneText, isMobile, isLandline, type PhoneRead, type PhoneKind } from './phone';
export { readGender, readMemberType, readReviewed, readRights, isSchooling, likelySchooling, type GenderRead, type RightsRead } from './values';
export { matchList, foldKey, type ListMatch } from './lists';
export { isDateFormat, zeroPadWidth, displayedDigits, isAllDigits } from './numberFormat';
export { packedYmd, yearOf, serialOf, isRealDate, monthsBetween, plusMonths } from './calendar';
