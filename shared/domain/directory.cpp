// The default divisions and service catalogue of a Thai subdistrict municipality, and lookups.
#include "domain/directory.hpp"

namespace siang::domain {

const Division* Directory::find_division(std::string_view code) const {
    for (const Division& d : divisions) {
        if (d.code == code) return &d;
    }
    return nullptr;
}

const Service* Directory::find_service(std::string_view code) const {
    for (const Service& s : services) {
        if (s.code == code) return &s;
    }
    return nullptr;
}

int target_days(const Directory& dir, Kind kind, std::string_view service) {
    if (kind == Kind::corruption) return dir.corruption_target_days;
    const Service* s = service.empty() ? nullptr : dir.find_service(service);
    return s != nullptr && s->target_days > 0 ? s->target_days : default_target_days;
}

std::chrono::year_month_day due_date(const Directory& dir, Kind kind, std::string_view service,
                                     TimePoint filed_at) {
    return std::chrono::year_month_day{std::chrono::sys_days{local_date(filed_at)} +
                                       std::chrono::days{target_days(dir, kind, service)}};
}

Directory default_directory() {
    Directory dir;
    dir.divisions = {
        {"clerk", "สำนักปลัดเทศบาล", "Office of the Municipal Clerk",
         "งานทั่วไป ขยะและความสะอาด ข้อมูลข่าวสาร และเรื่องที่ไม่แน่ใจว่าเป็นของกองใด",
         "General matters, waste and cleanliness, public information, and anything you are not "
         "sure about"},
        {"finance", "กองคลัง", "Finance Division", "ภาษีท้องถิ่น ค่าธรรมเนียม และการรับจ่ายเงิน",
         "Local taxes, fees and payments"},
        {"works", "กองช่าง", "Public Works Division",
         "ถนน ไฟฟ้าสาธารณะ ท่อระบายน้ำ น้ำประปา ต้นไม้ และการก่อสร้าง",
         "Roads, streetlights, drains, water supply, trees and building"},
        {"education", "กองการศึกษา", "Education Division",
         "ศูนย์พัฒนาเด็กเล็ก โรงเรียนของเทศบาล กีฬา และวัฒนธรรม",
         "Child development centres, municipal schools, sport and culture"},
    };
    dir.services = {
        {"streetlight", "ซ่อมไฟฟ้าสาธารณะ", "Streetlight repair", "works", 7, "light"},
        {"waste", "เก็บขยะ", "Waste collection", "clerk", 3, "delete"},
        {"water", "น้ำอุปโภคบริโภค", "Water supply", "works", 5, "water_drop"},
        {"tree", "ตัดกิ่งไม้", "Tree trimming", "works", 15, "park"},
        {"info", "ขอข้อมูลข่าวสาร", "Information request", "clerk", 15, "article"},
    };
    return dir;
}

}  // namespace siang::domain
