import type { Vocabulary } from './types';

// Chinese, Japanese and Korean: the words practices' staff meet on Asian-language sites.
export const chineseJapaneseKorean: Vocabulary = {
  languages: ['zh', 'ja', 'ko'],
  codeField: [
    '验证码',
    '驗證碼',
    '動態密碼',
    '認証コード',
    '確認コード',
    'ワンタイムパスワード',
    '인증 코드',
    '인증코드',
    '인증번호',
    '인증 번호',
    '보안 코드',
  ],
  maybeCodeField: [],
  neverCode: ['邮编', '郵便番号', '우편번호', '쿠폰'],
  otherUnlessCode: ['电话', '電話', '전화'],
  recoveryField: ['恢复', '復原', 'リカバリー', '복구'],
  captcha: ['captcha'],
  codeHint: ['인증', '認証', '验证'],
  challenge: ['验证码', '驗證碼', '認証コード', '인증', '발송', '送信しました', '已发送'],
  payment: ['支付', '決済', '결제'],
  management: ['安全设置', 'セキュリティ設定', '보안 설정'],
  enrollment: ['扫描', '掃描', 'スキャン', '스캔', '二维码', 'qrコード', 'qr 코드'],
};
