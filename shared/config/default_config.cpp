// Built-in configuration defaults, including the corruption-complaint handling guideline.
#include "config/config.hpp"

namespace siang::config {

// The steps are in the order the centre follows them; the time frame itself is
// Directory::corruption_target_days, shown next to the steps, so no step repeats it.
CorruptionGuideline default_corruption_guideline() {
    CorruptionGuideline g;
    g.steps_th = {
        "รับเรื่องร้องเรียนและลงทะเบียนเป็นความลับ ภายใน 1 วันทำการ",
        "ตรวจสอบข้อเท็จจริงเบื้องต้นและรายงานนายกเทศมนตรี ภายใน 7 วันทำการ",
        "แต่งตั้งคณะกรรมการสอบข้อเท็จจริง หรือส่งต่อหน่วยงานที่มีอำนาจ เช่น สำนักงาน ป.ป.ช. หรือ "
        "สำนักงาน ป.ป.ท.",
        "แจ้งผลการดำเนินการให้ผู้ร้องทราบผ่านรหัสติดตามเรื่อง",
    };
    g.steps_en = {
        "The complaint is received and registered in confidence within 1 working day.",
        "The facts are checked and reported to the mayor within 7 working days.",
        "A fact-finding committee is appointed, or the case is referred to the competent agency "
        "such as the NACC or the PACC.",
        "The outcome is shown to you under your tracking code.",
    };
    g.unit_th = "ศูนย์ปฏิบัติการต่อต้านการทุจริต สำนักปลัดเทศบาล";
    g.unit_en = "Anti-Corruption Operation Centre, Office of the Municipal Clerk";
    return g;
}

Config default_config() {
    return Config{};
}

}  // namespace siang::config
