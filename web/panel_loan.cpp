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
int risk_index(const std::string& level) {
    if (level == "low") return 0;
    if (level == "moderate") return 1;
    if (level == "high") return 2;
    if (level == "very_high") return 3;
    return -1;
}

const char* risk_label(int index) {
    static const char* const kLabels[] = {"Low", "Moderate", "High", "Very high"};
    return index >= 0 && index < 4 ? kLabels[index] : "Unknown";
}

namespace {
std::string times(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3gx", x); // "0.777x", "1x", "1.5x"
    return buffer;
}
} // namespace

std::string payment_explanation(const json& r) {
    const double share = number_at(r, "loan_risk.payment_to_income");
    const char* zone = share < mlroi::kPaymentShareLow     ? "under"
                       : share <= mlroi::kPaymentShareHigh ? "inside"
                                                           : "above";
    return "Payments take " + mlroi::format_percent(share, 1) +
           " of your expected gross pay in the first year of repayment: " + zone +
           " the Gainful Employment warning zone of " +
           mlroi::format_percent(mlroi::kPaymentShareLow, 0) + " to " +
           mlroi::format_percent(mlroi::kPaymentShareHigh, 0) +
           " (under it is low, inside moderate, above high).";
}

std::string debt_explanation(const json& r) {
    const double ratio = number_at(r, "loan_risk.debt_to_salary");
    return "You owe " + times(ratio) + " that year's pay. Kantrowitz's rule of thumb: at most " +
           times(mlroi::kDebtToSalaryLow) + " is low; up to " +
           times(mlroi::kDebtToSalaryModerate) + " moderate (our assumption, halfway); up to " +
           times(mlroi::kDebtToSalaryHigh) +
           " high; beyond that very high. The risk level is "
           "the worse of the two readings.";
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
    const float x = std::clamp(x_of(share), p.x + 1, p.x + width - 1);
    dl->AddRectFilled(ImVec2(x - 1.5f * ui.scale, p.y - 3 * ui.scale),
                      ImVec2(x + 1.5f * ui.scale, p.y + height + 3 * ui.scale),
                      ImGui::GetColorU32(ImGuiCol_Text));
    ImGui::Dummy(ImVec2(width, height + 4 * ui.scale));
}

} // namespace

void draw_loan(const AppState& app, UiState& ui) {
    const json& r = app.results_json;
    if (!panel_header(ui, "loan", "The loan", "method.loan_risk")) return;

    const double borrowed =
        number_at(r, "loan.federal_principal") + number_at(r, "loan.private_principal");
    if (borrowed <= 0) {
        colored_wrapped(palette().text_muted, "No loan: savings, aid and pay cover the costs.");
        return;
    }

    const int level =
        risk_index(json_at(r, "loan_risk.level") && json_at(r, "loan_risk.level")->is_string()
                       ? json_at(r, "loan_risk.level")->get<std::string>()
                       : "");
    // The level as a coloured chip with its name: colour is never the only signal.
    const std::string chip = std::string("Loan risk: ") + risk_label(level);
    const ImVec2 size = ImGui::CalcTextSize(chip.c_str());
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const int li = std::max(level, 0);
    ImGui::GetWindowDrawList()->AddRectFilled(
        p, ImVec2(p.x + size.x + pad.x * 2, p.y + size.y + pad.y * 2), palette().risk_bg[li],
        4 * ui.scale);
    ImGui::SetCursorScreenPos(ImVec2(p.x + pad.x, p.y + pad.y));
    ImGui::PushStyleColor(ImGuiCol_Text, palette().risk[li]);
    ImGui::PushFont(ui.fonts.strong);
    ImGui::TextUnformatted(chip.c_str());
    ImGui::PopFont();
    ImGui::PopStyleColor();
    record_item(ui, "loan.risk");
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + size.y + pad.y * 2));
    ImGui::Dummy(ImVec2(0, 2 * ui.scale));

    value_row(ui, "Monthly payment", mlroi::format_money(number_at(r, "loan.monthly_payment")),
              "The first monthly payment, federal and private loans together.");
    value_row(ui, "Borrowed", mlroi::format_money(borrowed),
              "Federal Direct Unsubsidized (up to $20,500 a year, $100,000 in all, fee "
              "included) plus any private loan.");
    value_row(ui, "Owed when repayment starts",
              mlroi::format_money(number_at(r, "loan.balance_at_repayment")),
              "Interest builds up while you study and for six months after; it is added to the "
              "balance when repayment starts.");
    value_row(ui, "Total interest", mlroi::format_money(number_at(r, "loan.total_interest")),
              "All interest charged over the life of the loans.");
    value_row(ui, "Total paid", mlroi::format_money(number_at(r, "loan.total_paid")), nullptr);
    const json* payoff = json_at(r, "loan.payoff_month");
    if (payoff && payoff->is_number())
        value_row(ui, "Paid off", "year " + std::to_string(payoff->get<int>() / 12 + 1),
                  "The year of the last payment, counted from the start of the program.");
    const double forgiven = number_at(r, "loan.forgiven");
    if (forgiven > 0) value_row(ui, "Forgiven", mlroi::format_money(forgiven), nullptr);

    ImGui::Dummy(ImVec2(0, 2 * ui.scale));
    payment_gauge(number_at(r, "loan_risk.payment_to_income"), ui);
    colored_wrapped(palette().text_muted, payment_explanation(r));
    colored_wrapped(palette().text_muted, debt_explanation(r));
}

} // namespace mlroi_web
