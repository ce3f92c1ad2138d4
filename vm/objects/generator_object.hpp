// GeneratorObject: a suspended function activation created by calling a generator function.
#pragma once

#include "vm/frame.hpp"
#include "vm/object.hpp"

#include <memory>

namespace minipy {

class FunctionObject;
class StrObject;

class GeneratorObject final : public Object {
public:
    GeneratorObject(Type* type, size_t frame_words);

    enum class State : uint8_t { Created, Suspended, Running, Finished };

    Frame* frame() { return reinterpret_cast<Frame*>(m_storage.get()); }
    State m_state = State::Created;
    StrObject* m_name = nullptr;
    StrObject* m_qualname = nullptr;
    FunctionObject* m_function = nullptr;

    void visit_edges(Visitor&) override;
    size_t external_size() const override { return m_words * sizeof(Value); }

private:
    std::unique_ptr<Value[]> m_storage;
    size_t m_words;
};

} // namespace minipy
