import type { Code } from './catalog.js';
import type { Issue } from './finding.js';
import { findControlCharacter, show } from './text.js';
import { policy, requirements } from '../domain/requirements.js';

interface NameRule {
  field: string;
  empty?: Code;
  control: Code;
  whitespace?: Code;
  tooLong?: { code: Code; max: number };
}

function checkName(value: string, rule: NameRule): Issue[] {
  const { field } = rule;
  if (rule.empty && value.trim() === '') return [{ code: rule.empty, field }];
  const issues: Issue[] = [];
  const control = findControlCharacter(value);
  if (control) issues.push({ code: rule.control, field, args: { char: control.char, position: control.index + 1 } });
  if (rule.whitespace && value !== value.trim()) {
    issues.push({ code: rule.whitespace, field, args: { value: show(value), trimmed: show(value.trim()) } });
  }
  const length = [...value].length;
  if (rule.tooLong && length > rule.tooLong.max) issues.push({ code: rule.tooLong.code, field, args: { length } });
  return issues;
}

export function checkCompanyName(value: string): Issue[] {
  return checkName(value, { field: '/companyName', empty: 'COMPANY_NAME_EMPTY', control: 'COMPANY_NAME_CONTROL_CHARACTER', whitespace: 'COMPANY_NAME_WHITESPACE' });
}

export function checkProductName(value: string): Issue[] {
  return checkName(value, {
    field: '/productName',
    empty: 'PRODUCT_NAME_EMPTY',
    control: 'PRODUCT_NAME_CONTROL_CHARACTER',
    whitespace: 'PRODUCT_NAME_WHITESPACE',
    tooLong: { code: 'PRODUCT_NAME_TOO_LONG', max: policy.productNameMaxLength },
  });
}

export function checkEntraAppName(multiTenant: boolean, value: string | undefined): Issue[] {
  const field = '/entraAppName';
  if (!multiTenant) return value === undefined ? [] : [{ code: 'ENTRA_APP_NAME_UNUSED', field }];
  if (value === undefined || value.trim() === '') return [{ code: 'ENTRA_APP_NAME_REQUIRED', field: value === undefined ? '/multiTenant' : field }];
  return checkName(value, {
    field,
    control: 'ENTRA_APP_NAME_CONTROL_CHARACTER',
    tooLong: { code: 'ENTRA_APP_NAME_TOO_LONG', max: requirements.entra.appNameMaxLength },
  });
}
