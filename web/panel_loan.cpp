#include "panel_loan.hpp"

#include "panel_method.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include "analysis.hpp"
#include "format.hpp"

#include "imgui.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mlroi_web {

// [SECTION] Words
int risk_index(mlroi::RiskLevel level) {
    return std::clamp(static_cast<int>(level), 0, 3);
}

const char* risk_label(mlroi::RiskLevel level) {
    static const char* const kLabels[] = {"Low", "Moderate", "High", "Very high"};
    return kLabels[risk_index(level)];
}

std::string outcome_words(const std::string& outcome) {
    if (outcome == "placed") return "If you land the role";
    if (outcome == "not_placed") return "If you are not placed";
    if (outcome == "left") return "If you leave without the degree";
    return outcome;
}

namespace {
constexpr const char* kNoPay = "No pay that year: very high risk.";

std::string times(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3gx", x); // "0.777x", "1x", "1.5x"
    return buffer;
}
} // namespace

std::string outcome_sentence(const mlroi::LoanRisk& risk) {
    std::string s = outcome_words(risk.outcome) + ": ";
    if (!risk.payment_to_income || !risk.debt_to_salary)
        s += "no pay that year";
    else
        s += "payments take " + mlroi::format_percent(*risk.payment_to_income, 1) +
             " of pay, the debt is " + times(*risk.debt_to_salary) + " pay";
    return s + " (" + mlroi::format_money(risk.monthly_payment) + " a month).";
}

std::string payment_explanation(const mlroi::LoanRisk& risk) {
    if (!risk.payment_to_income) return kNoPay;
    const double share = *risk.payment_to_income;
    const char* zone = share < mlroi::kPaymentShareLow     ? "under"
                       : share <= mlroi::kPaymentShareHigh ? "inside"
                                                           : "above";
    return "Payments take " + mlroi::format_percent(share, 1) +
           " of your gross pay in the first year of repayment: " + zone +
           " the Gainful Employment warning zone of " +
           mlroi::format_percent(mlroi::kPaymentShareLow, 0) + " to " +
           mlroi::format_percent(mlroi::kPaymentShareHigh, 0) +
           " (under it is low, inside moderate, above high).";
}

std::string debt_explanation(const mlroi::LoanRisk& risk) {
    if (!risk.debt_to_salary) return kNoPay;
    return "You owe " + times(*risk.debt_to_salary) +
           " that year's pay. Kantrowitz's rule of thumb: at most " +
           times(mlroi::kDebtToSalaryLow) + " is low; up to " +
           times(mlroi::kDebtToSalaryModerate) + " moderate (our assumption, halfway); up to " +
           times(mlroi::kDebtToSalaryHigh) +
           " high; beyond that very high. The risk level is the worse of the two readings.";
}

// [SECTION] Drawing
namespace {

// A gauge of the payment share from 0 to 20%, marked at 8% and 12%.
void payment_gauge(double share, const UiState& ui) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = std::round(8 * ui.scale);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const double top = 0.20;
    auto x_of = [&](double v) { return p.x + static_cast<float>(std::min(v, top) / top) * width; };
    dl->AddRectFilled(p, ImVec2(x_of(mlroi::kPaymentShareLow), p.y + height), palette().risk_bg[0]);
    dl->AddRectFilled(ImVec2(x_of(mlroi::kPaymentShareLow), p.y),
                      ImVec2(x_of(mlroi::kPaymentShareHigh), p.y + height), palette().risk_bg[1]);
    dl->AddRectFilled(ImVec2(x_of(mlroi::kPaymentShareHigh), p.y),
                      ImVec2(p.x + width, p.y + height), palette().risk_bg[3]);
    // High contrast and forced colours (frames outlined): the bands outlined, not told by hue.
    if (ImGui::GetStyle().FrameBorderSize > 0) {
        const ImU32 border = ImGui::GetColorU32(ImGuiCol_Border);
        const float edges[] = {p.x, x_of(mlroi::kPaymentShareLow), x_of(mlroi::kPaymentShareHigh),
                               p.x + width};
        for (int i = 0; i < 3; ++i)
            dl->AddRect(ImVec2(edges[i], p.y), ImVec2(edges[i + 1], p.y + height), border);
    }
    const float x = std::clamp(x_of(share), p.x + 1, p.x + width - 1);
    dl->AddRectFilled(ImVec2(x - 1.5f * ui.scale, p.y - 3 * ui.scale),
                      ImVec2(x + 1.5f * ui.scale, p.y + height + 3 * ui.scale),
                      ImGui::GetColorU32(ImGuiCol_Text));
    ImGui::Dummy(ImVec2(width, height + 4 * ui.scale));
}

// The level as a coloured chip with its name: colour is never the only signal.
void risk_chip(UiState& ui, mlroi::RiskLevel level) {
    const int li = risk_index(level);
    const std::string chip = std::string("Loan risk: ") + risk_label(level);
    ImGui::PushFont(ui.fonts.strong);
    const ImVec2 size = ImGui::CalcTextSize(chip.c_str());
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(
        p, ImVec2(p.x + size.x + pad.x * 2, p.y + size.y + pad.y * 2), palette().risk_bg[li],
        4 * ui.scale);
    ImGui::SetCursorScreenPos(ImVec2(p.x + pad.x, p.y + pad.y));
    ImGui::PushStyleColor(ImGuiCol_Text, palette().risk[li]);
    ImGui::TextUnformatted(chip.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    record_item(ui, "loan.risk");
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + size.y + pad.y * 2));
    ImGui::Dummy(ImVec2(0, 2 * ui.scale));
}

// One outcome's risk: a chip with its level (all chips as wide as the widest, so the
// sentences line up), then the sentence, wrapped beside it.
void outcome_line(UiState& ui, const mlroi::LoanRisk& risk) {
    const int li = risk_index(risk.level);
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const float width = ImGui::CalcTextSize(risk_label(mlroi::RiskLevel::VeryHigh)).x + pad.x * 2;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y - 1),
                                              ImVec2(p.x + width, p.y + h + 1),
                                              palette().risk_bg[li], 3 * ui.scale);
    ImGui::SetCursorScreenPos(ImVec2(p.x + pad.x, p.y));
    ImGui::PushStyleColor(ImGuiCol_Text, palette().risk[li]);
    ImGui::TextUnformatted(risk_label(risk.level));
    ImGui::PopStyleColor();
    ImGui::SetCursorScreenPos(p);
    ImGui::Dummy(ImVec2(width, h));
    ImGui::SameLine();
    colored_wrapped(ImGui::GetColorU32(ImGuiCol_Text), outcome_sentence(risk));
    record_item(ui, "loan.outcome." + risk.outcome);
    item_tooltip(ui, payment_explanation(risk) + "\n\n" + debt_explanation(risk));
}

} // namespace

void draw_loan(const AppState& app, UiState& ui) {
    const mlroi::Results& r = app.results;
    if (!panel_header(ui, "loan", "The loan", "method.loan_risk")) return;

    const double borrowed = r.loan.federal_principal + r.loan.private_principal;
    if (borrowed <= 0) {
        colored_wrapped(palette().text_muted, "No loan: savings, aid and pay cover the costs.");
        return;
    }
    risk_chip(ui, r.loan_risk.level);

    value_row(ui, "Monthly payment", mlroi::format_money(r.loan.monthly_payment),
              "The first monthly payment, federal and private loans together.");
    value_row(ui, "Borrowed", mlroi::format_money(borrowed),
              "The federal Direct Unsubsidized loan (fee included) plus any private loan beyond "
              "its limits, for the costs and the living costs study-time pay does not cover.");
    value_row(ui, "Owed when repayment starts", mlroi::format_money(r.loan.balance_at_repayment),
              "Interest builds up while you study and for six months after; it is added to the "
              "balance when repayment starts.");
    value_row(ui, "Total interest", mlroi::format_money(r.loan.total_interest),
              "All interest charged over the life of the loans and not waived.");
    value_row(ui, "Total paid", mlroi::format_money(r.loan.total_paid), nullptr);
    if (r.loan.payoff_month)
        value_row(ui, "Paid off", "year " + std::to_string(*r.loan.payoff_month / 12 + 1),
                  "The year of the last payment, counted from the start of the program.");
    if (r.loan.forgiven > 0)
        value_row(ui, "Forgiven", mlroi::format_money(r.loan.forgiven),
                  "What RAP forgives after its last payment.");

    ImGui::Dummy(ImVec2(0, 2 * ui.scale));
    if (r.loan_risk.payment_to_income) payment_gauge(*r.loan_risk.payment_to_income, ui);
    colored_wrapped(palette().text_muted, payment_explanation(r.loan_risk));
    record_item(ui, "loan.payment_share");
    if (r.loan_risk.debt_to_salary) {
        colored_wrapped(palette().text_muted, debt_explanation(r.loan_risk));
        record_item(ui, "loan.debt_ratio");
    }
    ImGui::Dummy(ImVec2(0, 4 * ui.scale));
    ImGui::PushFont(ui.fonts.strong);
    ImGui::TextUnformatted("The risk in each outcome");
    ImGui::PopFont();
    for (const mlroi::LoanRisk& risk : r.loan_risk_by_outcome) outcome_line(ui, risk);
}

} // namespace mlroi_web
