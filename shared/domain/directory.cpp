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

Directory default_directory() {
    Directory dir;
    dir.divisions = {
        {"clerk", "สำนักปลัดเทศบาล", "Office of the Municipal Clerk"},
        {"finance", "กองคลัง", "Finance Division"},
        {"works", "กองช่าง", "Public Works Division"},
        {"education", "กองการศึกษา", "Education Division"},
    };
    dir.services = {
        {"streetlight", "ซ่อมไฟฟ้าสาธารณะ", "Streetlight repair", "works", 7},
        {"waste", "เก็บขยะ", "Waste collection", "clerk", 3},
        {"water", "น้ำอุปโภคบริโภค", "Water supply", "works", 5},
        {"tree", "ตัดกิ่งไม้", "Tree trimming", "works", 15},
        {"info", "ขอข้อมูลข่าวสาร", "Information request", "clerk", 15},
    };
    return dir;
}

}  // namespace siang::domain
