// The queue: filters, Thai full-text search, sortable table of one page, keyboard navigation.
#include <vector>

#include "i18n/domain_names.hpp"
#include "office/console/queue_dates.hpp"
#include "office/views/views.hpp"
#include "office/views/widgets.hpp"
#include "ui/icons.hpp"
#include "ui/text_draw.hpp"

namespace siang::office {
namespace {

constexpr store::Sort sorts[] = {store::Sort::newest, store::Sort::oldest,
                                 store::Sort::due_soonest};

std::vector<std::string> with_all(i18n::Lang lang, std::vector<std::string> items) {
    items.insert(items.begin(), std::string(i18n::tr("office.filter.all", lang)));
    return items;
}

// The filters the form's fields describe; a date that does not parse is named in `error` and
// left out.
QueueFilters filters_from(const QueueView& form, const domain::Directory& dir, i18n::Lang lang,
                          std::string& error) {
    QueueFilters f;
    if (form.kind > 0) f.kind = domain::all_kinds[static_cast<std::size_t>(form.kind - 1)];
    if (form.status > 0) f.status = domain::all_statuses[static_cast<std::size_t>(form.status - 1)];
    if (form.division > 0)
        f.division = dir.divisions[static_cast<std::size_t>(form.division - 1)].code;
    if (form.service > 0) f.service = dir.services[static_cast<std::size_t>(form.service - 1)].code;
    f.overdue_only = form.overdue_only;
    f.search = std::string(form.search.view());
    error.clear();
    // Dates in the Buddhist Era (queue_dates.hpp); a bad one is named and left out.
    auto date = [&](std::string_view text, auto& out) {
        if (text.empty()) return;
        if (auto d = parse_filter_date(text))
            out = *d;
        else
            error = i18n::format(i18n::tr("office.filter.bad_be_date", lang), {text});
    };
    date(form.from.view(), f.from);
    date(form.to.view(), f.to);
    return f;
}

// The overdue-only checkbox with its label right beside the box, in the label font and the
// Thai display mapping, vertically centred on it; clicking the label toggles it too.
void overdue_checkbox(const ui::Frame& frame, i18n::Lang lang, bool& value) {
    ImGui::Checkbox("##overdue", &value);
    ImGui::SameLine(0, 6.0f);
    const std::string label = std::string(ui::icon::warning.utf8) + " " +
                              std::string(i18n::tr("office.filter.overdue", lang));
    ImFont* font = frame.font(ui::FontRole::small);
    const ImVec2 size = ui::measure_text(font, label);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float dy = (ImGui::GetFrameHeight() - size.y) * 0.5f;
    if (ImGui::InvisibleButton("overdue_label", {size.x, ImGui::GetFrameHeight()})) value = !value;
    ui::draw_text(ImGui::GetWindowDrawList(), font, {at.x, at.y + dy},
                  ui::to_imu32(frame.theme.palette.text), label);
}

// Draws the filter rows; `error` is the date the fields could not read (filters_from).
void draw_filters(const ConsoleController& console, QueueView& form, const std::string& error,
                  const ui::Frame& frame) {
    const auto lang = console.lang();
    const auto& dir = console.session().directory();
    const float avail = ImGui::GetContentRegionAvail().x;

    if (form.focus_search) {
        ImGui::SetKeyboardFocusHere();
        form.focus_search = false;
    }
    ui::text_label(frame.font(ui::FontRole::body), ui::to_imu32(frame.theme.palette.accent),
                   ui::icon::search.utf8);
    ImGui::SameLine();
    text_field("search", i18n::tr("office.filter.search", lang), form.search.c_str(), 256,
               avail * 0.45f);
    ImGui::SameLine();
    muted_text(frame, i18n::tr("office.sort.label", lang));
    ImGui::SameLine();
    const std::vector<std::string> sort_names{
        std::string(i18n::tr("office.sort.newest", lang)),
        std::string(i18n::tr("office.sort.oldest", lang)),
        std::string(i18n::tr("office.sort.due_soonest", lang))};
    choice("sort", sort_names, form.sort, 230.0f);
    ImGui::SameLine();
    overdue_checkbox(frame, lang, form.overdue_only);
    ImGui::SameLine();
    if (secondary_button(i18n::tr("office.filter.clear", lang), "clear")) {
        const int keep_sort = form.sort;
        form = QueueView{};
        form.sort = keep_sort;
    }

    std::vector<std::string> kinds, statuses, divisions, services;
    for (auto k : domain::all_kinds) {
        // A clerk's filter never offers what the role cannot see.
        if (domain::is_confidential(k) && !console.session().viewer().may_see_confidential) continue;
        kinds.emplace_back(i18n::kind_name(k, lang));
    }
    for (auto s : domain::all_statuses) statuses.emplace_back(i18n::status_name(s, lang));
    for (const auto& d : dir.divisions) divisions.push_back(i18n::division_name(dir, d.code, lang));
    for (const auto& s : dir.services) services.push_back(i18n::service_name(dir, s.code, lang));
    // Four labelled drop-downs and two date fields share the row.
    const float label_w = 4 * 90.0f;
    const float w = std::min(230.0f, (avail - label_w - 11 * 10.0f) / 6.0f);
    auto labelled = [&](const char* key, std::string_view id, std::vector<std::string> items,
                        int& current) {
        muted_text(frame, i18n::tr(key, lang));
        ImGui::SameLine();
        choice(id, with_all(lang, std::move(items)), current, w);
        ImGui::SameLine();
    };
    labelled("col.kind", "kind", kinds, form.kind);
    labelled("col.status", "status", statuses, form.status);
    labelled("col.division", "division", divisions, form.division);
    labelled("col.service", "service", services, form.service);
    text_field("from", i18n::tr("office.filter.from_be", lang), form.from.c_str(), 16, w);
    ImGui::SameLine();
    text_field("to", i18n::tr("office.filter.to_be", lang), form.to.c_str(), 16, w);
    // One line kept for the dates as understood (or the error), so the table never jumps.
    std::string understood;
    for (const auto& [key, field] : {std::pair{"office.filter.from_is", form.from.view()},
                                     std::pair{"office.filter.to_is", form.to.view()}}) {
        if (field.empty()) continue;
        if (auto d = parse_filter_date(field)) {
            if (!understood.empty()) understood += "   ";
            understood += i18n::format(i18n::tr(key, lang), {i18n::date_text(*d, lang)});
        }
    }
    if (!error.empty())
        error_line(frame, error);
    else
        muted_text(frame, understood.empty()
                              ? std::string(i18n::tr("office.filter.date_hint", lang))
                              : understood);
}

// Keys that work when no text field has the keyboard.
void handle_keys(const QueueModel& q, QueueView& form, Intents& intents) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return;
    const std::size_t before = intents.size();
    if (ImGui::IsKeyPressed('/') || ImGui::IsKeyPressed(47 /* GLFW_KEY_SLASH */))
        form.focus_search = true;
    if (ImGui::IsKeyPressed('J') || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow)))
        intents.push_back(intent::MoveSelection{1});
    if (ImGui::IsKeyPressed('K') || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow)))
        intents.push_back(intent::MoveSelection{-1});
    if (ImGui::IsKeyPressed(']') || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageDown)))
        intents.push_back(intent::NextPage{});
    if (ImGui::IsKeyPressed('[') || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp)))
        intents.push_back(intent::PreviousPage{});
    if (intents.size() != before) form.scroll_to_selected = true;  // the keyboard moved it
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)))
        if (auto number = q.selected_case()) intents.push_back(intent::OpenCase{*number});
}

// Header sorting: the filing-date column sorts newest/oldest, the due column most overdue first.
void apply_header_sort(QueueView& form) {
    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs || !specs->SpecsDirty || specs->SpecsCount == 0) return;
    const auto& s = specs->Specs[0];
    if (s.ColumnIndex == 1)
        form.sort = s.SortDirection == ImGuiSortDirection_Ascending ? 1 : 0;
    if (s.ColumnIndex == 7) form.sort = 2;
    specs->SpecsDirty = false;
}

void draw_table(const ConsoleController& console, QueueView& form, ui::Frame& frame,
                float height, Intents& intents) {
    const auto lang = console.lang();
    const ui::Palette& p = frame.theme.palette;
    const auto& dir = console.session().directory();
    const QueueModel& queue = console.queue();
    ImFont* font = frame.font(ui::FontRole::small);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("queue", 8, flags, {0, height})) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    const ImGuiTableColumnFlags fixed = ImGuiTableColumnFlags_NoSort;
    ImGui::TableSetupColumn(widget_label(i18n::tr("col.case_number", lang), "n").c_str(), fixed,
                            1.1f);
    ImGui::TableSetupColumn(
        widget_label(i18n::tr("col.filed", lang), "f").c_str(),
        ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending, 1.0f);
    ImGui::TableSetupColumn(widget_label(i18n::tr("col.kind", lang), "k").c_str(), fixed, 1.3f);
    ImGui::TableSetupColumn(widget_label(i18n::tr("col.subject", lang), "s").c_str(), fixed, 3.2f);
    ImGui::TableSetupColumn(widget_label(i18n::tr("col.service", lang), "v").c_str(), fixed, 1.3f);
    ImGui::TableSetupColumn(widget_label(i18n::tr("col.division", lang), "d").c_str(), fixed, 1.2f);
    ImGui::TableSetupColumn(widget_label(i18n::tr("col.status", lang), "t").c_str(), fixed, 1.2f);
    ImGui::TableSetupColumn(widget_label(i18n::tr("col.due", lang), "u").c_str(),
                            ImGuiTableColumnFlags_PreferSortAscending, 1.2f);
    ImGui::TableHeadersRow();
    apply_header_sort(form);

    const auto& rows = queue.rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        ImGui::TableNextRow(0, ui::line_height(font));
        ImGui::TableNextColumn();
        const bool selected = static_cast<int>(i) == queue.selected();
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 start = ImGui::GetCursorPos();
        if (ImGui::Selectable(
                "##row", selected,
                ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick,
                {0, ui::line_height(font)})) {
            intents.push_back(intent::SelectRow{static_cast<int>(i)});
            if (ImGui::IsMouseDoubleClicked(0)) intents.push_back(intent::OpenCase{r.number});
        }
        if (selected && form.scroll_to_selected) {
            ImGui::SetScrollHereY(0.5f);
            form.scroll_to_selected = false;
        }
        ImGui::SetCursorPos(start);
        ImGui::PopID();
        // Overdue rows: the danger colour and a warning icon, so colour is never the only sign.
        const ImU32 ink = ui::to_imu32(r.overdue ? p.danger : p.text);
        const std::string number =
            (r.overdue ? std::string(ui::icon::warning.utf8) + " " : std::string("   ")) +
            r.number.str();
        ui::text_label(font, ink, number);
        ImGui::TableNextColumn();
        ui::text_label(font, ink, i18n::date_text(domain::local_date(r.filed_at), lang));
        ImGui::TableNextColumn();
        ui::text_label(font, ink, i18n::kind_name(r.kind, lang));
        ImGui::TableNextColumn();
        ui::text_label(font, ink, r.subject);
        ImGui::TableNextColumn();
        ui::text_label(font, ink,
                       r.service.empty() ? "-" : i18n::service_name(dir, r.service, lang));
        ImGui::TableNextColumn();
        ui::text_label(font, ink, i18n::division_name(dir, r.division, lang));
        ImGui::TableNextColumn();
        ui::text_label(font, ink, i18n::status_name(r.status, lang));
        ImGui::TableNextColumn();
        std::string due = i18n::date_text(r.due_date, lang);
        if (r.overdue) due += " · " + std::string(i18n::tr("col.overdue", lang));
        ui::text_label(font, ink, due);
    }
    ImGui::EndTable();
}

}  // namespace

Intents draw_queue(const ConsoleController& console, QueueView& form, ui::Frame& frame) {
    const auto lang = console.lang();
    const QueueModel& queue = console.queue();
    Intents intents;
    const auto& dir = console.session().directory();
    std::string date_error;  // what the fields said coming into this frame
    filters_from(form, dir, lang, date_error);
    draw_filters(console, form, date_error, frame);
    // The fields as they are now (edited above); the model takes them through an intent.
    std::string unused;
    const QueueFilters filters = filters_from(form, dir, lang, unused);
    const store::Sort sort = sorts[std::clamp(form.sort, 0, 2)];
    handle_keys(queue, form, intents);
    const float footer = ui::line_height(frame.font(ui::FontRole::small)) + 24.0f;
    draw_table(console, form, frame, ImGui::GetContentRegionAvail().y - footer, intents);
    if (queue.rows().empty()) muted_text(frame, i18n::tr("office.queue.empty", lang));

    if (secondary_button(i18n::tr("office.queue.previous", lang), "prev"))
        intents.push_back(intent::PreviousPage{});
    ImGui::SameLine();
    muted_text(frame, i18n::format(i18n::tr("office.queue.page", lang),
                                   {std::to_string(queue.page() + 1)}));
    ImGui::SameLine();
    if (secondary_button(i18n::tr("office.queue.next", lang), "next"))
        intents.push_back(intent::NextPage{});
    ImGui::SameLine(0, 40.0f);
    muted_text(frame, i18n::tr("office.queue.keys", lang));
    // The filters first: a page or selection asked for this frame is of the filtered list.
    if (filters != queue.filters() || sort != queue.sort())
        intents.insert(intents.begin(), intent::Filter{filters, sort});
    return intents;
}

}  // namespace siang::office
