/** The words of the desktop notification, in the shop's language (main has no i18next; two short sentences). */
import type { Language } from '../../common/ports';
import type { NotificationPlan } from './notification-plan';

type Shown = Extract<NotificationPlan, { show: true }>;

export function notificationText(plan: Shown, language: Language): { readonly title: string; readonly body: string } {
  const total = plan.overdue + plan.dueToday;
  if (language === 'en') {
    return {
      title: `RefundDesk: ${total} ${total === 1 ? 'thing needs' : 'things need'} you today`,
      body: `${plan.overdue} overdue, ${plan.dueToday} due today. First: ${plan.first}`,
    };
  }
  return {
    title: `退款台账：今天有 ${total} 件事要处理`,
    body: `已逾期 ${plan.overdue} 件，今天要办 ${plan.dueToday} 件。最急：${plan.first}`,
  };
}

export function trayTooltip(count: number, language: Language): string {
  return language === 'en' ? `RefundDesk — ${count} reminders` : `退款台账 — ${count} 条提醒`;
}
